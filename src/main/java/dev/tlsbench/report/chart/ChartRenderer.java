package dev.tlsbench.report.chart;

import dev.tlsbench.io.AtomicFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link ChartModel} with JFreeChart as a PNG at twice its size (sharp on high-density
 * screens) and, through JFreeSVG, as an SVG whose text is text (searchable, editable). JFreeChart
 * lays out the title, legend, plot, axes with their titles, footnotes and caption (wrapped to the
 * width); its XYErrorRenderer draws the values with their error bars, its LogAxis the log scales.
 * Ours are the ticks ({@link ChartAxes}) and the state marks ({@link StateMarks}).
 */
public final class ChartRenderer {

    public static final int WIDTH = 960;
    public static final int SCALE = 2;
    private static final int PLOT_HEIGHT = 360;

    private ChartRenderer() {
    }

    /** Writes {@code <dir>/<id>.png} (2x) and {@code <dir>/<id>.svg}. */
    public static void write(ChartModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        JFreeChart chart = chart(m);
        int height = height(chart, m);
        BufferedImage img = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(SCALE, SCALE);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        AtomicFile.write(dir.resolve(m.id() + ".png"), png.toByteArray());
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setFontFunction(family -> "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"); // Java measured with the first
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        AtomicFile.write(dir.resolve(m.id() + ".svg"), svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    /** The image height that gives the plot its height (or the rows of a horizontal chart theirs), whatever the text around it takes. */
    private static int height(JFreeChart chart, ChartModel m) {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        // a row holds its points side by side and its label's lines (13 px each at 11 pt)
        int row = m.horizontal() ? Math.max(Math.max(22, 9 * RatioChart.perRow(m)), 13 * ChartAxes.rowLines(m, scratch) + 6) : 0;
        int plot = m.horizontal() ? Math.max(120, m.x().ticks().size() * row + 24) : PLOT_HEIGHT;
        int guess = 1000 + 40 * (m.footnotes().size() + m.caption().size()); // room for the text however it wraps
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(scratch, new Rectangle2D.Double(0, 0, WIDTH, guess), info);
        return (int) Math.ceil(guess - info.getPlotInfo().getDataArea().getHeight() + plot);
    }

    static JFreeChart chart(ChartModel m) {
        XYPlot plot = new XYPlot();
        plot.setOrientation(m.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setDomainAxis(ChartAxes.position(m));
        plot.setRangeAxis(ChartAxes.value(m));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(!m.x().categorical());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        XYErrorRenderer values = series(m, plot);
        references(m, plot);
        plot.addAnnotation(new StateMarks(m));

        JFreeChart chart = new JFreeChart(m.title(), ChartStyle.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 14, 8, 20));
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setPaint(ChartStyle.TEXT);
        chart.addSubtitle(text(m.subtitle(), ChartStyle.SUBTITLE, ChartStyle.GREY, RectangleEdge.TOP));
        LegendTitle legend = new LegendTitle(() -> legendItems(m, values));
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(ChartStyle.LEGEND);
        legend.setItemPaint(Color.DARK_GRAY);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        chart.addSubtitle(legend);
        // bottom titles stack upwards from the foot: the caption's last line first
        // footnotes and caption lines wrap to the width in full, however long: the image grows (height())
        for (int i = m.caption().size() - 1; i >= 0; i--) {
            chart.addSubtitle(text(m.caption().get(i), ChartStyle.NOTE, ChartStyle.GREY, RectangleEdge.BOTTOM));
        }
        for (int i = m.footnotes().size() - 1; i >= 0; i--) {
            chart.addSubtitle(text(m.footnotes().get(i), ChartStyle.NOTE, ChartStyle.TEXT, RectangleEdge.BOTTOM));
        }
        return chart;
    }

    /** The series with their error bars (dataset 1) over the faint single forks (dataset 0). */
    private static XYErrorRenderer series(ChartModel m, XYPlot plot) {
        XYSeriesCollection faint = new XYSeriesCollection();
        XYLineAndShapeRenderer faintLines = new XYLineAndShapeRenderer(true, false);
        YIntervalSeriesCollection values = new YIntervalSeriesCollection();
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(1.2f));
        r.setLegendItemLabelGenerator((d, i) -> m.series().stream().filter(s -> !s.faint()).toList().get(i).name());
        for (ChartModel.Series s : m.series()) {
            Color c = Palette.of(s.look());
            if (s.faint()) {
                XYSeries xy = new XYSeries(faint.getSeriesCount(), false, true);
                s.points().forEach(p -> xy.add(p.x(), p.y()));
                faintLines.setSeriesPaint(faint.getSeriesCount(), new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
                faintLines.setSeriesStroke(faint.getSeriesCount(), new BasicStroke(1f));
                faint.addSeries(xy);
                continue;
            }
            int i = values.getSeriesCount();
            YIntervalSeries ys = new YIntervalSeries(i, false, true);
            for (ChartModel.Point p : s.points()) {
                boolean none = Double.isNaN(p.lo()) || Double.isNaN(p.hi());
                // an end at or below 0 on a log axis goes below the axis: clipped there, drawn open-ended
                double lo = none ? p.y() : m.y().scale() != ChartModel.Scale.LINEAR && p.lo() <= 0 ? p.y() * 1e-6 : p.lo();
                ys.add(p.x(), p.y(), lo, none ? p.y() : p.hi());
            }
            values.addSeries(ys);
            r.setSeriesPaint(i, c);
            r.setSeriesShape(i, ChartStyle.marker(s.look().marker(), s.fill() == ChartModel.Fill.HOLLOW_LARGE ? 1.6 : 1));
            r.setSeriesShapesFilled(i, s.fill() == ChartModel.Fill.FILLED);
            r.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
            r.setSeriesLinesVisible(i, s.line() != ChartModel.LineStyle.NONE);
            r.setSeriesStroke(i, ChartStyle.stroke(s.line(), 1.8f));
            r.setSeriesVisibleInLegend(i, s.inLegend());
        }
        plot.setDataset(0, faint);
        plot.setRenderer(0, faintLines);
        plot.setDataset(1, values);
        plot.setRenderer(1, r);
        return r;
    }

    /**
     * The native reference: white diamonds at the sizes it measured (no line between them: it measured
     * nothing in between), or a dashed bar across each category; the line at 1 of a ratio axis.
     */
    private static void references(ChartModel m, XYPlot plot) {
        XYSeriesCollection points = new XYSeriesCollection();
        for (ChartModel.Reference ref : m.references()) {
            if (!Double.isNaN(ref.lineAt())) {
                plot.addRangeMarker(new ValueMarker(ref.lineAt(), Color.DARK_GRAY, new BasicStroke(1.3f)), Layer.FOREGROUND);
            }
            XYSeries s = new XYSeries(points.getSeriesCount(), false, true);
            for (ChartModel.Point p : ref.points()) {
                if (m.x().categorical()) {
                    plot.addAnnotation(new XYLineAnnotation(p.x() - 0.42, p.y(), p.x() + 0.42, p.y(), ChartStyle.stroke(ChartModel.LineStyle.DASH, 1.4f), Color.BLACK));
                } else {
                    s.add(p.x(), p.y());
                }
            }
            points.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setDefaultPaint(Color.BLACK);
        r.setAutoPopulateSeriesPaint(false);
        r.setDefaultStroke(ChartStyle.stroke(ChartModel.LineStyle.DASH, 1.4f));
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultShape(ShapeUtils.createDiamond(5));
        r.setAutoPopulateSeriesShape(false);
        r.setUseFillPaint(true);
        r.setDefaultFillPaint(Color.WHITE);
        r.setAutoPopulateSeriesFillPaint(false);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(Color.BLACK);
        r.setAutoPopulateSeriesOutlinePaint(false);
        plot.setDataset(2, points);
        plot.setRenderer(2, r);
    }

    /** The renderer's series, the reference, then one entry per kind of mark the chart uses (its symbol in its color). */
    private static LegendItemCollection legendItems(ChartModel m, XYErrorRenderer values) {
        LegendItemCollection items = values.getLegendItems();
        for (ChartModel.Reference r : m.references()) {
            if (!r.points().isEmpty()) {
                items.add(new LegendItem(r.label(), null, null, null, true, ShapeUtils.createDiamond(5), true, Color.WHITE, true, Color.BLACK,
                        new BasicStroke(1.4f), false, new Line2D.Double(-10, 0, 10, 0), ChartStyle.stroke(ChartModel.LineStyle.DASH, 1.4f), Color.BLACK));
            }
        }
        for (ChartModel.MarkKind k : ChartModel.MarkKind.values()) {
            if (m.count(k) > 0) {
                LegendItem i = new LegendItem(k.symbol() + "  " + k.label(), null, null, null, false, new Rectangle2D.Double(), false,
                        Color.WHITE, false, Color.WHITE, new BasicStroke(), false, new Line2D.Double(), new BasicStroke(), Color.WHITE);
                i.setLabelPaint(ChartStyle.markColor(k));
                items.add(i);
            }
        }
        return items;
    }

    /** A line of text under or over the plot, wrapped to the chart's width with every line shown (JFreeChart's default). */
    private static TextTitle text(String s, Font f, Color c, RectangleEdge edge) {
        return new TextTitle(s, f, c, edge, HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER, new RectangleInsets(1, 0, 1, 0));
    }
}
