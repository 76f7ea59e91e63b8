package dev.tlsbench.report.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dev.tlsbench.io.AtomicFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartModel} as a PNG at twice its size (sharp on high-density screens) and as an
 * SVG whose text is text (searchable, editable). XChart draws the plot: its frame and the series'
 * lines and markers, placed by value; this class draws every piece of text and what XChart has no
 * notion of, in XChart's own coordinates (getScreenXFromChart): decade ticks on log axes, ticks at
 * the measured sizes, category labels, error bars, state marks, reference marks, the legend,
 * footnotes and caption, all with drawString, which the SVG keeps as text. XChart turns its own text
 * into glyph outlines (TextLayout.getOutline), so it is asked to draw none.
 */
public final class ChartRenderer {

    public static final int WIDTH = 960;
    public static final int SCALE = 2;
    private static final int MARGIN = 14;
    private static final int PLOT_HEIGHT = 360;
    private static final int ROW_HEIGHT = 22;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GREY = new Color(0x66, 0x66, 0x66);
    private static final Color GRID = new Color(0xE4, 0xE4, 0xE4);

    private ChartRenderer() {
    }

    /** Writes {@code <dir>/<id>.png} (2x) and {@code <dir>/<id>.svg}. */
    public static void write(ChartModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        Layout layout = Layout.of(m);
        BufferedImage img = new BufferedImage(WIDTH * SCALE, layout.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(SCALE, SCALE);
        paint(m, layout, g);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        AtomicFile.write(dir.resolve(m.id() + ".png"), png.toByteArray());

        // VectorGraphics2D's SVG keeps what drawString draws as <text>: all our text goes that way
        VectorGraphics2D vg = new VectorGraphics2D();
        paint(m, layout, vg);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(vg.getCommands(), new PageSize(0, 0, WIDTH, layout.height())).writeTo(svg);
        AtomicFile.write(dir.resolve(m.id() + ".svg"), SvgFonts.portable(svg.toString(StandardCharsets.UTF_8)));
    }

    private static void paint(ChartModel m, Layout l, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, l.height());
        text(g, TextBox.TITLE, TEXT, m.title(), MARGIN, 22);
        int y = 40;
        for (String s : l.subtitle()) {
            text(g, TextBox.SUBTITLE, GREY, s, MARGIN, y);
            y += 15;
        }
        Legend.paint(g, l.legend(), MARGIN, l.legendTop());

        XYChart chart = Plot.build(m, l);
        Graphics2D pg = (Graphics2D) g.create();
        pg.translate(l.plotX(), l.plotY());
        chart.paint(pg, l.plotW(), l.plotH());
        pg.dispose();
        Plot.Frame f = new Plot.Frame(chart, l, m.horizontal());
        grid(g, f, l, m);
        Plot.overlay(g, f, m, l);

        int fy = l.footTop();
        for (String s : l.footnotes()) {
            text(g, TextBox.NOTE, TEXT, s, MARGIN, fy);
            fy += 14;
        }
        fy += 4;
        for (String s : l.caption()) {
            text(g, TextBox.NOTE, GREY, s, MARGIN, fy);
            fy += 13;
        }
    }

    /** Value ticks with grid lines and labels, the category or numeric labels, and both axis titles. */
    private static void grid(Graphics2D g, Plot.Frame f, Layout l, ChartModel m) {
        g.setStroke(new BasicStroke(0.8f));
        AxisTicks t = l.ticks();
        for (int i = 0; i < t.ticks().size(); i++) {
            double v = t.ticks().get(i);
            String label = t.labels().get(i);
            g.setColor(GRID);
            if (m.horizontal()) {
                double x = f.valueScreen(v);
                g.draw(new Line2D.Double(x, f.top(), x, f.bottom()));
                text(g, TextBox.TICK, TEXT, label, (float) (x - TextBox.width(TextBox.TICK, label) / 2.0), f.bottom() + 14);
            } else {
                double y = f.valueScreen(v);
                g.draw(new Line2D.Double(f.left(), y, f.right(), y));
                text(g, TextBox.TICK, TEXT, label, (float) (f.left() - 6 - TextBox.width(TextBox.TICK, label)), (float) y + 4);
            }
        }
        // category or numeric position labels
        List<Double> at = m.x().ticks();
        for (int i = 0; i < at.size(); i++) {
            double pos = m.x().log() ? Math.log10(at.get(i)) : at.get(i);
            List<String> lines = l.xLabels().get(i);
            if (m.horizontal()) {
                double y = f.positionScreen(pos);
                float ty = (float) (y + 4 - (lines.size() - 1) * 6.5);
                for (String s : lines) {
                    text(g, TextBox.TICK, TEXT, s, (float) (f.left() - 8 - TextBox.width(TextBox.TICK, s)), ty);
                    ty += 13;
                }
            } else {
                double x = f.positionScreen(pos);
                if (!m.x().categorical()) {
                    g.setColor(GRID);
                    g.draw(new Line2D.Double(x, f.top(), x, f.bottom()));
                }
                float ty = (float) f.bottom() + 15;
                for (String s : lines) {
                    text(g, TextBox.TICK, TEXT, s, (float) (x - TextBox.width(TextBox.TICK, s) / 2.0), ty);
                    ty += 13;
                }
            }
        }
        // axis titles: the value axis and the position axis
        if (m.horizontal()) {
            text(g, TextBox.AXIS, TEXT, m.y().label(), (float) (f.left() + (f.right() - f.left() - TextBox.width(TextBox.AXIS, m.y().label())) / 2),
                    f.bottom() + 32);
        } else {
            Graphics2D r = (Graphics2D) g.create();
            r.rotate(-Math.PI / 2);
            String yl = TextBox.cut(TextBox.AXIS, m.y().label(), (int) (f.bottom() - f.top()) + 40);
            text(r, TextBox.AXIS, TEXT, yl, (float) -(f.top() + (f.bottom() - f.top() + TextBox.width(TextBox.AXIS, yl)) / 2), MARGIN + 4);
            r.dispose();
            String xl = m.x().label();
            text(g, TextBox.AXIS, TEXT, xl, (float) (f.left() + (f.right() - f.left() - TextBox.width(TextBox.AXIS, xl)) / 2),
                    (float) f.bottom() + 15 + l.xLabelLines() * 13 + 6);
        }
    }

    static void text(Graphics2D g, Font font, Color c, String s, double x, double y) {
        g.setFont(font);
        g.setColor(c);
        g.drawString(s, (float) x, (float) y);
    }

    /** XChart's marker for a series, by owner position, so owners differ by shape as well as color. */
    static org.knowm.xchart.style.markers.Marker marker(int i) {
        return switch (i % 4) {
            case 0 -> SeriesMarkers.CIRCLE;
            case 1 -> SeriesMarkers.DIAMOND;
            case 2 -> SeriesMarkers.SQUARE;
            default -> SeriesMarkers.TRIANGLE_UP;
        };
    }

    static XYSeries.XYSeriesRenderStyle renderStyle(ChartModel.LineStyle s) {
        return s == ChartModel.LineStyle.NONE ? XYSeries.XYSeriesRenderStyle.Scatter : XYSeries.XYSeriesRenderStyle.Line;
    }

    /** The footnote lines that fit: each one line, cut to the chart's width. */
    static List<String> oneLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(s -> out.add(TextBox.cut(TextBox.NOTE, s, WIDTH - 2 * MARGIN)));
        return out;
    }
}
