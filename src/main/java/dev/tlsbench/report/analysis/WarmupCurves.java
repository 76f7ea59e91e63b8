package dev.tlsbench.report.analysis;

import dev.tlsbench.bench.Timing;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time to steady state, from the warmup profile: cells measured from JVM start without warmup in
 * many short iterations. Per group of cells (family, method, every parameter but the owner), each
 * owner's mean score per iteration over forks, and the time after which the mean stays within
 * {@link #WITHIN} of its final level (the mean of the last third). The chart package draws them.
 */
public final class WarmupCurves {

    /** A curve is called warm once every later point is within this fraction of its final level. */
    public static final double WITHIN = 0.10;
    /** Cells with at least this many iterations and no warmup are warmup curves. */
    static final int MIN_ITERATIONS = 20;

    /** One owner's curve: mean per iteration over forks, and when it got within {@link #WITHIN}. */
    public record Curve(CellOutcome cell, double iterationSeconds, List<Double> mean, double finalLevel, double warmAfterSeconds) {
    }

    private WarmupCurves() {
    }

    public static boolean isCurve(CellOutcome c) {
        return c.measured() && Timing.parse(c.timing())
                .filter(t -> t.warmupIterations() == 0 && t.iterations() >= MIN_ITERATIONS).isPresent();
    }

    /** Curves of a run, grouped by what they measure (family, method, parameters but the owner). */
    public static Map<String, List<Curve>> curves(JvmRun run) {
        Map<String, List<Curve>> groups = new LinkedHashMap<>();
        for (CellOutcome c : run.outcomes()) {
            if (isCurve(c)) {
                groups.computeIfAbsent(c.family().title() + " — " + Comparison.describe(c, false), k -> new ArrayList<>()).add(curve(c));
            }
        }
        return groups;
    }

    static Curve curve(CellOutcome c) {
        double seconds = Timing.parse(c.timing()).orElseThrow().iterationTime().toMillis() / 1000.0;
        List<List<Double>> forks = c.evidence().raw();
        int n = forks.stream().mapToInt(List::size).max().orElse(0);
        List<Double> mean = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int k = 0;
            for (List<Double> f : forks) {
                if (i < f.size()) {
                    sum += f.get(i);
                    k++;
                }
            }
            mean.add(sum / k);
        }
        int third = Math.max(1, n / 3);
        double level = mean.subList(n - third, n).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        int warm = n;
        for (int i = n - 1; i >= 0 && Math.abs(mean.get(i) - level) <= WITHIN * level; i--) {
            warm = i;
        }
        return new Curve(c, seconds, mean, level, warm >= n ? Double.NaN : warm * seconds);
    }

    /** "JDK warm after 4.2 s; Conscrypt 0.2 s". */
    public static String warmText(List<Curve> curves) {
        List<String> parts = new ArrayList<>();
        for (Curve c : curves) {
            parts.add(c.cell().family().ownerLabel(c.cell().owner()) + (Double.isNaN(c.warmAfterSeconds()) ? " not warm by the end"
                    : " warm after " + Num.sig(c.warmAfterSeconds()) + " s"));
        }
        return String.join("; ", parts);
    }
}
