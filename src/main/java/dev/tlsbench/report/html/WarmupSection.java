package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.WarmupCurves;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.List;
import java.util.Map;

/** Time to steady state (the warmup profile): per run, how long each owner takes, then the curves. */
final class WarmupSection {

    private WarmupSection() {
    }

    static boolean any(ReportInputs in) {
        return in.runs().stream().anyMatch(r -> r.outcomes().stream().anyMatch(WarmupCurves::isCurve));
    }

    static void write(Html h, ReportInputs in, Map<JvmRun, List<ChartModel>> charts) {
        h.heading(2, "warmup", "Time to steady state (warmup profile)");
        h.p("note", "Each cell measured from JVM start without warmup in short iterations; warm = every later iteration within "
                + Math.round(WarmupCurves.WITHIN * 100) + "% of the mean of the last third. Native providers are fast at once; "
                + "JIT-compiled ones (the JDK, BC, SunJSSE) until C2 has compiled them.");
        h.tableStart("data", List.of("run", "cells", "owner", "warm after", "final level (ops/s)"));
        for (JvmRun r : in.runs()) {
            WarmupCurves.curves(r).forEach((what, curves) -> curves.forEach(c -> h.row("", List.of(r.label(in.multiDir()), what,
                    c.cell().family().ownerLabel(c.cell().owner()), Double.isNaN(c.warmAfterSeconds()) ? "not warm by the end" : Num.sig(c.warmAfterSeconds()) + " s",
                    Num.sig(c.finalLevel())))));
        }
        h.tableEnd();
        for (JvmRun r : in.runs()) {
            charts.getOrDefault(r, List.of()).forEach(c -> Figures.image(h, c));
        }
    }
}
