package dev.tlsbench.report.chart;

import dev.tlsbench.report.format.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the value axis of a chart starts and ends and where its ticks go, in the axis's own
 * coordinates (log10 or log2 of the value for log scales). A log axis starts at the decade below
 * the smallest value drawn and ends at the decade above the largest (no empty decades), ticks at
 * every decade, and at 2 and 5 times a decade when it spans two decades or less. A ratio axis
 * (log2) always shows 1 and ticks at powers of two. A linear axis starts at 0.
 *
 * @param min    axis start in axis coordinates
 * @param max    axis end in axis coordinates
 * @param ticks  tick positions in axis coordinates
 * @param labels the tick labels, in values for people
 */
record AxisTicks(double min, double max, List<Double> ticks, List<String> labels) {

    /** The value as the axis places it. */
    static double toAxis(ChartModel.Scale scale, double v) {
        return switch (scale) {
            case LINEAR -> v;
            case LOG10 -> Math.log10(v);
            case LOG2 -> Math.log(v) / Math.log(2);
        };
    }

    /** An axis covering every positive value of {@code values} (values <= 0 are ignored on log scales). */
    static AxisTicks of(ChartModel.Scale scale, List<Double> values) {
        List<Double> vs = values.stream().filter(v -> v != null && Double.isFinite(v) && (scale == ChartModel.Scale.LINEAR || v > 0)).toList();
        return switch (scale) {
            case LINEAR -> linear(vs);
            case LOG10 -> log10(vs);
            case LOG2 -> log2(vs);
        };
    }

    private static AxisTicks linear(List<Double> vs) {
        // throughput starts at zero; an interval reaching below it is drawn open-ended at the axis
        double max = vs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = 0;
        if (max <= min) {
            max = min + 1;
        }
        double step = niceStep((max - min) / 5);
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max * 1.02 / step) * step;
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; lo + i * step <= hi + step / 1e6; i++) {
            double t = lo + i * step;
            ticks.add(t);
            labels.add(Num.tick(Math.abs(t) < step / 1e6 ? 0 : t));
        }
        return new AxisTicks(lo, hi, ticks, labels);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static AxisTicks log10(List<Double> vs) {
        if (vs.isEmpty()) {
            return new AxisTicks(0, 1, List.of(0.0, 1.0), List.of("1", "10"));
        }
        int lo = (int) Math.floor(Math.log10(vs.stream().mapToDouble(Double::doubleValue).min().getAsDouble()) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(vs.stream().mapToDouble(Double::doubleValue).max().getAsDouble()) - 1e-9);
        if (hi <= lo) {
            hi = lo + 1;
        }
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean minor = hi - lo <= 2;
        for (int d = lo; d <= hi; d++) {
            for (int m : minor && d < hi ? new int[] {1, 2, 5} : new int[] {1}) {
                double v = m * Math.pow(10, d);
                ticks.add(Math.log10(v));
                labels.add(Num.tick(v));
            }
        }
        return new AxisTicks(lo, hi, ticks, labels);
    }

    private static AxisTicks log2(List<Double> vs) {
        double min = vs.stream().mapToDouble(v -> Math.log(v) / Math.log(2)).min().orElse(-1);
        double max = vs.stream().mapToDouble(v -> Math.log(v) / Math.log(2)).max().orElse(1);
        int lo = (int) Math.floor(Math.min(min, 0) - 1e-9);
        int hi = (int) Math.ceil(Math.max(max, 0) + 1e-9);
        lo = Math.min(lo, -1);
        hi = Math.max(hi, 1);
        // at most about nine labels: every power of two, or every second, third ... one, always through 1
        int step = Math.max(1, (int) Math.ceil((hi - lo) / 8.0));
        lo = Math.floorDiv(lo, step) * step;
        hi = -Math.floorDiv(-hi, step) * step;
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int e = lo; e <= hi; e += step) {
            ticks.add((double) e);
            labels.add(Num.tick(Math.pow(2, e)) + "x");
        }
        return new AxisTicks(lo, hi, ticks, labels);
    }
}
