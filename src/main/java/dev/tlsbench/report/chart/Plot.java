package dev.tlsbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

/**
 * The plot of a chart: the XChart that draws the frame and the series, and what is drawn over it
 * in its coordinates (error bars, references, marks). Values go to XChart already on the axis's
 * scale (log10 or log2 of the value), so the axis is linear for XChart and its ticks are ours.
 */
final class Plot {

    private static final int MARKER_SIZE = 8;
    private static final double CAP = 3;

    private Plot() {
    }

    /** Maps positions (categories or x values) and axis values to the image, whichever way the chart runs. */
    record Frame(XYChart chart, Layout layout, boolean horizontal) {

        double positionScreen(double pos) {
            return horizontal ? chart.getScreenYFromChart(-pos) + layout.plotY() : chart.getScreenXFromChart(pos) + layout.plotX();
        }

        double valueScreen(double axisValue) {
            return horizontal ? chart.getScreenXFromChart(axisValue) + layout.plotX() : chart.getScreenYFromChart(axisValue) + layout.plotY();
        }

        double left() {
            return horizontal ? valueScreen(layout.ticks().min()) : chart.getScreenXFromChart(xMin(chart)) + layout.plotX();
        }

        double right() {
            return horizontal ? valueScreen(layout.ticks().max()) : chart.getScreenXFromChart(xMax(chart)) + layout.plotX();
        }

        double top() {
            return horizontal ? chart.getScreenYFromChart(yMax(chart)) + layout.plotY() : valueScreen(layout.ticks().max());
        }

        double bottom() {
            return horizontal ? chart.getScreenYFromChart(yMin(chart)) + layout.plotY() : valueScreen(layout.ticks().min());
        }

        private static double xMin(XYChart c) {
            return c.getStyler().getXAxisMin();
        }

        private static double xMax(XYChart c) {
            return c.getStyler().getXAxisMax();
        }

        private static double yMin(XYChart c) {
            return c.getStyler().getYAxisMin();
        }

        private static double yMax(XYChart c) {
            return c.getStyler().getYAxisMax();
        }
    }

    /** An XChart with no text of its own: a frame, fixed ranges and the series. */
    static XYChart build(ChartModel m, Layout l) {
        XYChart c = new XYChart(l.plotW(), l.plotH());
        XYStyler s = c.getStyler();
        s.setChartTitleVisible(false);
        s.setLegendVisible(false);
        s.setAxisTitlesVisible(false);
        s.setAxisTicksVisible(false);
        s.setPlotGridLinesVisible(false);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.GRAY);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartPadding(0);
        s.setPlotMargin(0);
        s.setPlotContentSize(1.0);
        s.setAntiAlias(true);
        s.setMarkerSize(MARKER_SIZE);
        double[] pos = positionRange(m);
        double[] val = {l.ticks().min(), l.ticks().max()};
        if (m.horizontal()) {
            s.setXAxisMin(val[0]);
            s.setXAxisMax(val[1]);
            s.setYAxisMin(-pos[1]);
            s.setYAxisMax(-pos[0]);
        } else {
            s.setXAxisMin(pos[0]);
            s.setXAxisMax(pos[1]);
            s.setYAxisMin(val[0]);
            s.setYAxisMax(val[1]);
        }
        int n = 0;
        for (ChartModel.Series series : m.series()) {
            if (series.points().isEmpty()) {
                continue; // an owner with no value: its marks say why
            }
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (ChartModel.Point p : series.points()) {
                double position = m.x().log() ? Math.log10(p.x()) : p.x();
                double value = AxisTicks.toAxis(m.y().scale(), p.y());
                xs.add(m.horizontal() ? value : position);
                ys.add(m.horizontal() ? -position : value);
            }
            XYSeries xy = c.addSeries("s" + n++, xs, ys);
            Color color = Palette.of(series.colorKey());
            xy.setXYSeriesRenderStyle(ChartRenderer.renderStyle(series.line()));
            if (series.faint()) {
                color = new Color(color.getRed(), color.getGreen(), color.getBlue(), 70);
                xy.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
                xy.setLineWidth(1f);
            } else {
                xy.setMarker(ChartRenderer.marker(markerIndex(m, series.colorKey())));
                xy.setMarkerColor(color);
                xy.setLineWidth(1.8f);
            }
            xy.setLineColor(color);
            if (series.line() != ChartModel.LineStyle.NONE) {
                xy.setLineStyle((BasicStroke) stroke(series.line(), series.faint() ? 1f : 1.8f));
            }
        }
        if (n == 0) {
            // XChart needs a series to lay out its axes; an invisible one where nothing was measured
            XYSeries none = c.addSeries("none", new double[] {m.horizontal() ? val[0] : pos[0]}, new double[] {m.horizontal() ? -pos[0] : val[0]});
            none.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
            none.setLineColor(new Color(0, 0, 0, 0));
        }
        return c;
    }

    private static double[] positionRange(ChartModel m) {
        List<Double> at = m.x().ticks();
        if (m.x().categorical()) {
            return new double[] {-0.5, at.size() - 0.5};
        }
        double lo = m.x().log() ? Math.log10(at.get(0)) : at.get(0);
        double hi = m.x().log() ? Math.log10(at.get(at.size() - 1)) : at.get(at.size() - 1);
        double pad = hi > lo ? (hi - lo) * 0.06 : 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    /** An owner's marker shape: its position among the chart's owners, so legend and plot agree. */
    static int markerIndex(ChartModel m, String colorKey) {
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(m.series().stream().map(ChartModel.Series::colorKey).toList()));
        return keys.indexOf(colorKey);
    }

    static void paintMarker(Graphics2D g, int marker, double x, double y, Color color) {
        g.setColor(color);
        if (marker == -1) {
            diamond(g, x, y, 5);
        } else {
            ChartRenderer.marker(marker).paint(g, x, y, MARKER_SIZE);
        }
    }

    static Stroke stroke(ChartModel.LineStyle line, float width) {
        return switch (line) {
            case DASH -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
            case DOT -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
            default -> new BasicStroke(width);
        };
    }

    static Color markColor(ChartModel.MarkKind k) {
        return switch (k) {
            case FAILED, GATE -> new Color(0xC0, 0x00, 0x00);
            case PENDING, NOT_STEADY -> new Color(0xB3, 0x59, 0x00);
            case UNSUPPORTED -> new Color(0x55, 0x55, 0x55);
            case HARNESS_LIMIT -> new Color(0x6A, 0x4C, 0x93);
            case NOT_IN_PROFILE -> new Color(0x99, 0x99, 0x99);
            case WEAK -> new Color(0x77, 0x77, 0x77);
        };
    }

    /** Error bars, references and marks, over the plot XChart drew. */
    static void overlay(Graphics2D g, Frame f, ChartModel m, Layout l) {
        for (ChartModel.Series s : m.series()) {
            if (!s.faint()) {
                errorBars(g, f, m, s);
            }
        }
        for (ChartModel.Reference r : m.references()) {
            reference(g, f, m, r);
        }
        Map<String, Integer> stacked = new HashMap<>();
        for (ChartModel.Mark mk : m.marks()) {
            mark(g, f, m, mk, stacked);
        }
    }

    private static void errorBars(Graphics2D g, Frame f, ChartModel m, ChartModel.Series s) {
        Color c = Palette.of(s.colorKey()).darker();
        g.setStroke(new BasicStroke(1.2f));
        for (ChartModel.Point p : s.points()) {
            if (Double.isNaN(p.lo()) || Double.isNaN(p.hi())) {
                continue;
            }
            double pos = f.positionScreen(m.x().log() ? Math.log10(p.x()) : p.x());
            // an end beyond the axis is drawn to the axis without a cap: open-ended
            double min = f.layout().ticks().min();
            double max = f.layout().ticks().max();
            boolean openLo = (m.y().scale() != ChartModel.Scale.LINEAR && p.lo() <= 0) || AxisTicks.toAxis(m.y().scale(), p.lo()) < min;
            boolean openHi = AxisTicks.toAxis(m.y().scale(), p.hi()) > max;
            double lo = f.valueScreen(openLo ? min : AxisTicks.toAxis(m.y().scale(), p.lo()));
            double hi = f.valueScreen(openHi ? max : AxisTicks.toAxis(m.y().scale(), p.hi()));
            g.setColor(c);
            g.draw(m.horizontal() ? new Line2D.Double(lo, pos, hi, pos) : new Line2D.Double(pos, lo, pos, hi));
            for (double end : openLo ? openHi ? new double[0] : new double[] {hi} : openHi ? new double[] {lo} : new double[] {lo, hi}) {
                g.draw(m.horizontal() ? new Line2D.Double(end, pos - CAP, end, pos + CAP) : new Line2D.Double(pos - CAP, end, pos + CAP, end));
            }
        }
    }

    private static void reference(Graphics2D g, Frame f, ChartModel m, ChartModel.Reference r) {
        if (!Double.isNaN(r.lineAt())) {
            double v = f.valueScreen(AxisTicks.toAxis(m.y().scale(), r.lineAt()));
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1.3f));
            if (m.horizontal()) {
                g.draw(new Line2D.Double(v, f.top(), v, f.bottom()));
            } else {
                g.draw(new Line2D.Double(f.left(), v, f.right(), v));
            }
        }
        g.setStroke(stroke(ChartModel.LineStyle.DASH, 1.4f));
        g.setColor(Color.BLACK);
        Path2D line = new Path2D.Double();
        boolean first = true;
        for (ChartModel.Point p : r.points()) {
            double pos = m.x().log() ? Math.log10(p.x()) : p.x();
            double v = f.valueScreen(AxisTicks.toAxis(m.y().scale(), p.y()));
            if (m.x().categorical()) {
                double a = f.positionScreen(pos - 0.42);
                double b = f.positionScreen(pos + 0.42);
                g.draw(m.horizontal() ? new Line2D.Double(v, a, v, b) : new Line2D.Double(a, v, b, v));
            } else {
                double x = f.positionScreen(pos);
                if (first) {
                    line.moveTo(x, v);
                } else {
                    line.lineTo(x, v);
                }
                first = false;
            }
        }
        if (!m.x().categorical()) {
            g.draw(line);
            g.setStroke(new BasicStroke(1.4f));
            for (ChartModel.Point p : r.points()) {
                diamond(g, f.positionScreen(m.x().log() ? Math.log10(p.x()) : p.x()),
                        f.valueScreen(AxisTicks.toAxis(m.y().scale(), p.y())), 5);
            }
        }
    }

    private static void diamond(Graphics2D g, double x, double y, double r) {
        Path2D d = new Path2D.Double();
        d.moveTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.lineTo(x - r, y);
        d.closePath();
        g.setColor(Color.WHITE);
        g.fill(d);
        g.setColor(Color.BLACK);
        g.draw(d);
    }

    /** A state mark at the foot of the axis where a value is missing, or next to a value that is not a finding. */
    private static void mark(Graphics2D g, Frame f, ChartModel m, ChartModel.Mark mk, Map<String, Integer> stacked) {
        double pos = f.positionScreen(m.x().log() ? Math.log10(mk.x()) : mk.x());
        boolean missing = Double.isNaN(mk.y());
        double x;
        double y;
        if (missing) {
            x = m.horizontal() ? f.left() + 6 : pos - 4;
            y = m.horizontal() ? pos + 5 : f.bottom() - 6;
        } else {
            double v = f.valueScreen(AxisTicks.toAxis(m.y().scale(), mk.y()));
            x = m.horizontal() ? v + 6 : pos + 6;
            y = m.horizontal() ? pos - 5 : v - 5;
            if (mk.kind() == ChartModel.MarkKind.NOT_STEADY) {
                g.setColor(markColor(mk.kind()));
                g.setStroke(new BasicStroke(1.3f));
                double cx = m.horizontal() ? v : pos;
                double cy = m.horizontal() ? pos : v;
                g.draw(new Ellipse2D.Double(cx - 7, cy - 7, 14, 14));
            }
        }
        String at = Math.round(x) + "," + Math.round(y);
        int k = stacked.merge(at, 1, Integer::sum) - 1;
        x += k * (missing && !m.horizontal() ? 0 : 24); // a symbol and its footnote number fit in 24 px
        y -= missing && !m.horizontal() ? k * 14 : 0;
        ChartRenderer.text(g, TextBox.MARK, markColor(mk.kind()), mk.kind().symbol(), (float) x, (float) y);
        ChartRenderer.text(g, TextBox.SUP, markColor(mk.kind()), String.valueOf(mk.footnote()),
                (float) (x + TextBox.width(TextBox.MARK, mk.kind().symbol()) + 1), (float) y - 5);
    }
}
