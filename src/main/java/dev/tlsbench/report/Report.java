package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.List;

/** Every chart of a report: each run's own charts, then each later run compared with the first. */
public final class Report {

    private Report() {
    }

    public static List<ChartModel> charts(List<Run> runs) {
        boolean dirInLabel = runs.stream().map(Run::dir).distinct().count() > 1;
        List<ChartModel> out = new ArrayList<>();
        for (Run run : runs) {
            out.addAll(RecordPanels.charts(run, dirInLabel));
            out.addAll(CategoryPanels.charts(run, dirInLabel));
            out.addAll(ThreadScalingPanels.charts(run, dirInLabel));
        }
        for (Run other : runs.subList(Math.min(1, runs.size()), runs.size())) {
            out.addAll(Comparison.charts(runs.get(0), other));
        }
        return out;
    }

    /** Formats a measurement with about 3-4 significant digits, the way tables show it. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(java.util.Locale.ROOT, "%,.0f", v);
        }
        if (a >= 1) {
            return String.format(java.util.Locale.ROOT, "%.2f", v);
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
