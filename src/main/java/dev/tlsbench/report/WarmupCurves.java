package dev.tlsbench.report;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Time to steady state, from the warmup profile: cells measured from JVM start without warmup in
 * many short iterations. Per group of cells (family, method, every parameter but the owner), one
 * chart of score per iteration against the time since the fork's first iteration: each owner's
 * mean over forks as a line, each fork as a faint line behind it. Per owner, the time after
 * which the mean stays within {@link #WITHIN} of its final level (the mean of the last third).
 */
final class WarmupCurves {

    /** A curve is called warm once every later point is within this fraction of its final level. */
    static final double WITHIN = 0.10;
    /** Cells with at least this many iterations and no warmup are warmup curves. */
    static final int MIN_ITERATIONS = 20;

    /** One owner's curve: mean per iteration over forks, and when it got within {@link #WITHIN}. */
    record Curve(CellOutcome cell, double iterationSeconds, List<Double> mean, double finalLevel, double warmAfterSeconds) {
    }

    private WarmupCurves() {
    }

    static boolean isCurve(CellOutcome c) {
        return c.measured() && Timing.parse(c.timing())
                .filter(t -> t.warmupIterations() == 0 && t.iterations() >= MIN_ITERATIONS).isPresent();
    }

    /** Curves of a run, grouped by what they measure (family, method, parameters but the owner). */
    static Map<String, List<Curve>> curves(JvmRun run) {
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

    /** One chart per group. */
    static List<ChartModel> charts(JvmRun run, boolean multiDir) {
        List<ChartModel> out = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, List<Curve>> group : curves(run).entrySet()) {
            List<Curve> curves = group.getValue();
            FamilyPlan f = curves.get(0).cell().family();
            ChartSpec spec = f.charts().isEmpty() ? null : f.charts().get(0);
            List<ChartModel.Series> series = new ArrayList<>();
            double maxT = 0;
            for (Curve c : curves) {
                double scale = spec == null ? 1 : FamilyCharts.scale(spec, c.cell());
                List<List<Double>> forks = c.cell().evidence().raw();
                for (List<Double> fork : forks) {
                    series.add(new ChartModel.Series(Labels.owner(c.cell().owner()) + " fork", c.cell().owner(), ChartModel.LineStyle.SOLID,
                            true, false, points(fork, c.iterationSeconds(), scale)));
                }
                series.add(new ChartModel.Series(Labels.owner(c.cell().owner()) + " (mean of " + forks.size() + " forks)",
                        c.cell().owner(), ChartModel.LineStyle.SOLID, false, true, points(c.mean(), c.iterationSeconds(), scale)));
                maxT = Math.max(maxT, c.mean().size() * c.iterationSeconds());
            }
            List<Double> ticks = new ArrayList<>();
            double step = AxisTicks.niceStep(maxT / 8);
            for (double t = 0; t <= maxT + 1e-9; t += step) {
                ticks.add(t);
            }
            List<String> caption = new ArrayList<>(Captions.withoutErrorBars(run, new LinkedHashSet<>(curves.get(0).cell().cell().params().values()),
                    curves.stream().map(Curve::cell).toList()));
            caption.add("x: seconds since the fork's first iteration (JVM start and setup come before it, about a second); "
                    + "faint lines: single forks; bold: their mean. Warm = every later point within " + Math.round(WITHIN * 100)
                    + "% of the mean of the last third.");
            String yLabel = (spec == null ? "operations/s" : spec.yLabel()) + " per iteration — higher is better";
            out.add(new ChartModel(FamilyCharts.slug((multiDir ? "r" + (run.index() + 1) + "-" : "") + run.id() + "-warmup-" + f.name() + "-" + ++g),
                    "Time to steady state: " + f.title(), Comparison.describe(curves.get(0).cell(), false) + " · "
                            + run.jvm().label() + " · " + warmText(curves),
                    new ChartModel.XAxis("seconds since the first iteration", false, false, ticks, ticks.stream().map(Num::tick).toList()),
                    new ChartModel.YAxis(yLabel, spec != null && spec.logY() ? ChartModel.Scale.LOG10 : ChartModel.Scale.LINEAR), false,
                    series, List.of(), List.of(), List.of(), caption));
        }
        return out;
    }

    /** "JDK warm after 4.2 s; Conscrypt 0.2 s". */
    static String warmText(List<Curve> curves) {
        List<String> parts = new ArrayList<>();
        for (Curve c : curves) {
            parts.add(Labels.owner(c.cell().owner()) + (Double.isNaN(c.warmAfterSeconds()) ? " not warm by the end"
                    : " warm after " + Num.sig(c.warmAfterSeconds()) + " s"));
        }
        return String.join("; ", parts);
    }

    private static List<ChartModel.Point> points(List<Double> samples, double seconds, double scale) {
        List<ChartModel.Point> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            out.add(new ChartModel.Point((i + 1) * seconds, samples.get(i) * scale, Double.NaN, Double.NaN, ""));
        }
        return out;
    }
}
