package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.RecordFit;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.chart.FamilyCharts;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The detail charts of every run, family by family, each with its numbers; the record cost fits. */
final class DetailsSection {

    private DetailsSection() {
    }

    /** @param charts per run, its charts by family name */
    static void write(Html h, ReportInputs in, Map<JvmRun, Map<String, List<ChartModel>>> charts) {
        h.heading(2, "details", "Details");
        for (JvmRun run : in.runs()) {
            Map<String, CellOutcome> cells = new LinkedHashMap<>();
            run.outcomes().forEach(o -> cells.put(o.cell().key(), o));
            h.heading(3, anchor(run, in), run.label(in.multiDir()) + ": " + run.jvm().label());
            for (FamilyPlan f : run.plan().families()) {
                List<ChartModel> mine = charts.get(run).getOrDefault(f.name(), List.of());
                if (mine.isEmpty()) {
                    continue;
                }
                h.heading(4, anchor(run, in) + "-" + f.name(), f.title());
                for (ChartModel c : mine) {
                    Figures.chart(h, c, cells, run);
                }
                fits(h, run, f);
            }
        }
    }

    static String anchor(JvmRun run, ReportInputs in) {
        return FamilyCharts.slug("run-" + run.label(in.multiDir()));
    }

    private static void fits(Html h, JvmRun run, FamilyPlan f) {
        List<RecordFit.Fit> fits = RecordFit.fits(run, f);
        if (fits.isEmpty()) {
            return;
        }
        h.raw("<details><summary>Cost per record = a + b · bytes (least squares over the measured sizes)</summary>\n");
        h.p("note", run.env().cycleClock().map(k -> String.format(Locale.ROOT, "cycles/byte = b × %s MHz: %s", Num.sig(k.mhz()), k.basis()))
                .orElse("clock unknown: no cycles/byte"));
        h.tableStart("data", List.of("cells", "owner", "sizes", "a (ns per record)", "b (ns per byte)", "cycles/byte", "R²"));
        for (RecordFit.Fit fit : fits) {
            h.row("", List.of(fit.what(), run.plan().ownerLabel(fit.owner()), String.valueOf(fit.points()), Num.sig(fit.fixedNs()), Num.sig(fit.nsPerByte()),
                    Num.sig(fit.cyclesPerByte()), String.format(Locale.ROOT, "%.4f", fit.r2())));
        }
        h.tableEnd();
        h.raw("</details>\n");
    }
}
