package dev.tlsbench.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dev.tlsbench.io.AtomicFile;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link ChartModel} with XChart as PNG and SVG. Below the plot it writes the caption
 * (CPU, JDK, profile) and every note (n/a reasons, missing results, correctness-gate flags), so the
 * picture never stands without them. Files are written to a temporary name and moved into place:
 * a failure leaves no half-written chart.
 */
public final class ChartRenderer {

    static final int WIDTH = 960;
    static final int PLOT_HEIGHT = 520;
    private static final int LINE = 16;
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartRenderer() {
    }

    /** Writes {@code <dir>/<id>.png} and {@code <dir>/<id>.svg}; returns the PNG's bytes. */
    public static byte[] write(ChartModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        Chart<?, ?> chart = m.kind() == ChartModel.Kind.XY ? xy(m) : category(m);
        List<String> footer = footer(m);
        int height = PLOT_HEIGHT + LINE * footer.size() + 10;

        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        paint(chart, footer, g, height);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        AtomicFile.write(dir.resolve(m.id() + ".png"), png.toByteArray());

        VectorGraphics2D vg = new VectorGraphics2D();
        paint(chart, footer, vg, height);
        AtomicFile.write(dir.resolve(m.id() + ".svg"), out ->
                new SVGProcessor().getDocument(vg.getCommands(), new PageSize(0, 0, WIDTH, height)).writeTo(out));
        return png.toByteArray();
    }

    /** Caption and notes, wrapped to the chart's width (long n/a reasons would run off the picture). */
    static List<String> footer(ChartModel m) {
        List<String> text = new ArrayList<>();
        text.add(m.caption());
        text.addAll(m.notes());
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        java.awt.FontMetrics fm = g.getFontMetrics(CAPTION_FONT);
        g.dispose();
        List<String> lines = new ArrayList<>();
        for (String t : text) {
            String rest = t;
            while (fm.stringWidth(rest) > WIDTH - 24) {
                int cut = rest.length();
                while (cut > 1 && fm.stringWidth(rest.substring(0, cut)) > WIDTH - 24) {
                    cut = rest.lastIndexOf(' ', cut - 1) > 0 ? rest.lastIndexOf(' ', cut - 1) : cut - 1;
                }
                lines.add(rest.substring(0, cut));
                rest = "    " + rest.substring(cut).trim();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static void paint(Chart<?, ?> chart, List<String> footer, Graphics2D g, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        chart.paint(g, WIDTH, PLOT_HEIGHT);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.setFont(CAPTION_FONT);
        int y = PLOT_HEIGHT + LINE;
        for (String line : footer) {
            g.drawString(line, 12, y);
            y += LINE;
        }
    }

    private static XYChart xy(ChartModel m) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(PLOT_HEIGHT).title(m.title())
                .xAxisTitle(m.xLabel()).yAxisTitle(m.yLabel()).build();
        style(c.getStyler());
        c.getStyler().setXAxisLogarithmic(m.logX());
        c.getStyler().setYAxisLogarithmic(m.logY());
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        for (ChartModel.Series s : m.series()) {
            if (!s.hasValue()) {
                continue; // its absence is explained in the notes
            }
            XYSeries xs = s.error().isEmpty()
                    ? c.addSeries(s.name(), s.x(), s.y())
                    : c.addSeries(s.name(), s.x(), s.y(), errorBars(s, m.logY()));
            xs.setLineColor(Palette.of(s.owner()));
            xs.setMarkerColor(Palette.of(s.owner()));
            switch (s.line()) {
                case SOLID -> { xs.setLineStyle(SeriesLines.SOLID); xs.setMarker(SeriesMarkers.CIRCLE); }
                case DASH -> { xs.setLineStyle(SeriesLines.DASH_DASH); xs.setMarker(SeriesMarkers.DIAMOND); }
                case DOT -> { xs.setLineStyle(SeriesLines.DOT_DOT); xs.setMarker(SeriesMarkers.SQUARE); }
            }
        }
        return c;
    }

    /**
     * XChart cannot draw a missing bar (null) on a log axis, nor error bars next to one. So a log
     * chart plots log10(value) on a linear axis labelled in real values (without error bars), and a
     * series with a gap has no error bars; the data table always has the errors.
     */
    private static CategoryChart category(ChartModel m) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(PLOT_HEIGHT).title(m.title())
                .xAxisTitle(m.xLabel()).yAxisTitle(m.yLabel()).build();
        style(c.getStyler());
        // Rotate when the labels would run into each other: many categories, or long names.
        int longest = m.categories().stream().mapToInt(String::length).max().orElse(0);
        c.getStyler().setXAxisLabelRotation(m.categories().size() > 4 || longest * m.categories().size() > 80 ? 30 : 0);
        c.getStyler().setOverlapped(false);
        if (m.logY()) {
            c.getStyler().setyAxisTickLabelsFormattingFunction(v -> Report.num(Math.pow(10, v)));
        }
        for (ChartModel.Series s : m.series()) {
            if (!s.hasValue()) {
                continue;
            }
            List<Double> y = m.logY() ? s.y().stream().map(v -> v == null ? null : Math.log10(v)).toList() : s.y();
            boolean bars = !m.logY() && !s.error().isEmpty() && s.y().stream().noneMatch(v -> v == null);
            c.addSeries(s.name(), m.categories(), y, bars ? s.error() : null).setFillColor(Palette.of(s.owner()));
        }
        return c;
    }

    /** Error bars as drawn: one reaching zero cannot be drawn on a log axis, so there it stops at 90% of the value. */
    static List<Double> errorBars(ChartModel.Series s, boolean log) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.y().size(); i++) {
            out.add(log ? Math.min(s.error().get(i), 0.9 * s.y().get(i)) : s.error().get(i));
        }
        return out;
    }

    private static void style(Styler s) {
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setAntiAlias(true);
    }
}
