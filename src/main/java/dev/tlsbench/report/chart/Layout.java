package dev.tlsbench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of a chart goes, computed before anything is drawn (the image's height depends
 * on it): title and subtitle, legend rows, the plot (its left band holds the value ticks, or the
 * category labels of a horizontal chart), the labels along the position axis, footnotes, caption.
 */
record Layout(int height, List<String> subtitle, List<List<Legend.Item>> legend, int legendTop, int plotX, int plotY,
              int plotW, int plotH, AxisTicks ticks, List<List<String>> xLabels, int xLabelLines, int footTop,
              List<String> footnotes, List<String> caption) {

    private static final int MARGIN = 14;
    private static final int WIDTH = ChartRenderer.WIDTH;

    static Layout of(ChartModel m) {
        List<String> subtitle = TextBox.wrap(TextBox.SUBTITLE, m.subtitle(), WIDTH - 2 * MARGIN, 2);
        int legendTop = 40 + 15 * subtitle.size() - 4;
        List<List<Legend.Item>> legend = Legend.rows(Legend.items(m), WIDTH - 2 * MARGIN);
        int plotY = legendTop + legend.size() * Legend.ROW + 8;
        AxisTicks ticks = AxisTicks.of(m.y().scale(), values(m));
        int n = m.x().ticks().size();
        int plotX;
        int plotW;
        int plotH;
        List<List<String>> xLabels = new ArrayList<>();
        int xLabelLines;
        int below;
        if (m.horizontal()) {
            int longest = m.x().tickLabels().stream().mapToInt(s -> TextBox.width(TextBox.TICK, s)).max().orElse(40);
            plotX = MARGIN + Math.min((int) (0.42 * WIDTH), longest + 14);
            plotW = WIDTH - plotX - MARGIN - 6;
            plotH = Math.max(120, n * Math.max(22, 9 * RatioChart.perRow(m)) + 24);
            for (String s : m.x().tickLabels()) {
                xLabels.add(TextBox.wrap(TextBox.TICK, s, plotX - MARGIN - 14, 2));
            }
            xLabelLines = 1;
            below = 40;
        } else {
            int tickWidth = ticks.labels().stream().mapToInt(s -> TextBox.width(TextBox.TICK, s)).max().orElse(20);
            plotX = MARGIN + 18 + tickWidth;
            plotW = WIDTH - plotX - MARGIN - 6;
            plotH = 360;
            int perLabel = m.x().categorical() ? Math.max(40, plotW / Math.max(1, n) - 6) : 80;
            for (String s : m.x().tickLabels()) {
                xLabels.add(TextBox.wrap(TextBox.TICK, s, perLabel, 3));
            }
            xLabelLines = xLabels.stream().mapToInt(List::size).max().orElse(1);
            below = 15 + xLabelLines * 13 + 22;
        }
        List<String> foot = ChartRenderer.oneLines(m.footnotes());
        List<String> caption = new ArrayList<>();
        m.caption().forEach(c -> caption.addAll(TextBox.wrap(TextBox.NOTE, c, WIDTH - 2 * MARGIN, 2)));
        int footTop = plotY + plotH + below + 12;
        int height = footTop + foot.size() * 14 + 4 + caption.size() * 13 + 8;
        return new Layout(height, subtitle, legend, legendTop, plotX, plotY, plotW, plotH, ticks, xLabels, xLabelLines,
                footTop, foot, caption);
    }

    /** Every value the value axis must show: points, their intervals, references. */
    private static List<Double> values(ChartModel m) {
        List<Double> vs = new ArrayList<>();
        for (ChartModel.Series s : m.series()) {
            for (ChartModel.Point p : s.points()) {
                vs.add(p.y());
                if (!s.faint()) {
                    // the axis is not stretched to an interval end far from its value: that end is drawn open
                    double reach = switch (m.y().scale()) {
                        case LINEAR -> 3;
                        case LOG2 -> 4;
                        case LOG10 -> 50;
                    };
                    if (p.hi() < p.y() * reach) {
                        vs.add(p.hi());
                    }
                    if (m.y().scale() == ChartModel.Scale.LINEAR || p.lo() > p.y() / reach) {
                        vs.add(p.lo());
                    }
                }
            }
        }
        for (ChartModel.Reference r : m.references()) {
            r.points().forEach(p -> vs.add(p.y()));
            vs.add(r.lineAt());
        }
        return vs;
    }
}
