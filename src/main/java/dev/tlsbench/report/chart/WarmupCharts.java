package dev.tlsbench.report.chart;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.analysis.WarmupCurves;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The warmup curves of a run as charts: per group of cells ({@link WarmupCurves#curves}), score per
 * iteration against the time since the fork's first iteration, each owner's mean over forks as a
 * bold line and each fork as a faint line behind it.
 */
final class WarmupCharts {

    private WarmupCharts() {
    }

    /** One chart per group. */
    static List<ChartModel> charts(JvmRun run, boolean multiDir) {
        List<ChartModel> out = new ArrayList<>();
        int g = 0;
        for (Map.Entry<String, List<WarmupCurves.Curve>> group : WarmupCurves.curves(run).entrySet()) {
            List<WarmupCurves.Curve> curves = group.getValue();
            FamilyPlan f = curves.get(0).cell().family();
            ChartSpec spec = f.charts().isEmpty() ? null : f.charts().get(0);
            List<ChartModel.Series> series = new ArrayList<>();
            double maxT = 0;
            for (WarmupCurves.Curve c : curves) {
                double scale = spec == null ? 1 : FamilyCharts.scale(spec, c.cell());
                List<List<Double>> forks = c.cell().evidence().raw();
                for (List<Double> fork : forks) {
                    series.add(new ChartModel.Series(f.ownerLabel(c.cell().owner()) + " fork", c.cell().owner(), f.look(c.cell().owner()), ChartModel.LineStyle.SOLID,
                            ChartModel.Fill.FILLED, true, false, points(fork, c.iterationSeconds(), scale)));
                }
                series.add(new ChartModel.Series(f.ownerLabel(c.cell().owner()) + " (mean of " + forks.size() + " forks)",
                        c.cell().owner(), f.look(c.cell().owner()), ChartModel.LineStyle.SOLID, ChartModel.Fill.FILLED, false, true, points(c.mean(), c.iterationSeconds(), scale)));
                maxT = Math.max(maxT, c.mean().size() * c.iterationSeconds());
            }
            List<Double> ticks = new ArrayList<>();
            double step = AxisTicks.niceStep(maxT / 8);
            for (double t = 0; t <= maxT + 1e-9; t += step) {
                ticks.add(t);
            }
            List<String> caption = new ArrayList<>(Captions.withoutErrorBars(run, f, new LinkedHashSet<>(curves.get(0).cell().cell().params().values()),
                    curves.stream().map(WarmupCurves.Curve::cell).toList()));
            caption.add("x: seconds since the fork's first iteration (JVM start and setup come before it, about a second); "
                    + "faint lines: single forks; bold: their mean. Warm = every later point within " + Math.round(WarmupCurves.WITHIN * 100)
                    + "% of the mean of the last third.");
            String yLabel = (spec == null ? "operations/s" : spec.yLabel()) + " per iteration — higher is better";
            out.add(new ChartModel(FamilyCharts.slug((multiDir ? "r" + (run.index() + 1) + "-" : "") + run.id() + "-warmup-" + f.name() + "-" + ++g),
                    "Time to steady state: " + f.title(), Comparison.describe(curves.get(0).cell(), false) + " · "
                            + run.jvm().label() + " · " + WarmupCurves.warmText(curves),
                    new ChartModel.XAxis("seconds since the first iteration", false, false, ticks, ticks.stream().map(Num::tick).toList()),
                    new ChartModel.YAxis(yLabel, spec != null && spec.logY() ? ChartModel.Scale.LOG10 : ChartModel.Scale.LINEAR), false,
                    series, List.of(), List.of(), List.of(), caption));
        }
        return out;
    }

    private static List<ChartModel.Point> points(List<Double> samples, double seconds, double scale) {
        List<ChartModel.Point> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            out.add(new ChartModel.Point((i + 1) * seconds, samples.get(i) * scale, Double.NaN, Double.NaN, ""));
        }
        return out;
    }
}
