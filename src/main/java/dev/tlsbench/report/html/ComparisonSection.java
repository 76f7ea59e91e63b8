package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run against the baseline: where the machines differ (a ratio then mixes machine and JVM),
 * one ratio matrix per family (a row per cell measured on the baseline, a column per other run:
 * ratio and interval, marked where the interval excludes 1), and the ratio charts.
 */
final class ComparisonSection {

    private ComparisonSection() {
    }

    static void write(Html h, ReportInputs in, List<ChartModel> ratioCharts) {
        List<JvmRun> others = in.runs().stream().filter(r -> r != in.baseline()).toList();
        if (others.isEmpty()) {
            return;
        }
        boolean md = in.multiDir();
        h.heading(2, "comparison", "Comparison with " + in.baseline().label(md) + " (the baseline)");
        h.p("note", "ratio = score on the run / score on the baseline: above 1 is faster. Interval: 95%, by bootstrap of both cells "
                + "(forks, then iterations; iterations only for a one-fork cell). Verdict: winner (the interval excludes 1; bold green / "
                + "red: faster / slower), tie (the interval lies within ±3%), undecided (why, in the tooltip; a side with one fork is "
                + "never decided). "
                + "Choose another baseline with scripts/plot --baseline RUN.");
        for (JvmRun o : others) {
            warnings(h, in.baseline(), o, md);
        }
        for (FamilyPlan f : in.baseline().plan().families()) {
            matrix(h, in, others, f);
        }
        if (!ratioCharts.isEmpty()) {
            h.raw("<details><summary>ratio charts per family (" + ratioCharts.size() + ")</summary>\n");
            ratioCharts.forEach(c -> Figures.image(h, c));
            h.raw("</details>\n");
        }
    }

    private static void warnings(Html h, JvmRun base, JvmRun other, boolean md) {
        Map<String, String[]> diff = base.env().differences(other.env());
        if (diff.isEmpty()) {
            h.p("note", other.label(md) + " and " + base.label(md) + " ran on the same kind of machine (CPU model, identity, flags, "
                    + "virtualization, profile).");
            return;
        }
        h.p("warning", "WARNING: " + other.label(md) + " and " + base.label(md) + " ran on different machines or profiles: "
                + "their ratios mix the JVM with the machine.");
        h.tableStart("", List.of("differs", base.label(md), other.label(md)));
        diff.forEach((k, v) -> h.row("", List.of(k, v[0], v[1])));
        h.tableEnd();
    }

    private static void matrix(Html h, ReportInputs in, List<JvmRun> others, FamilyPlan f) {
        Map<String, Map<JvmRun, Comparison.Row>> rows = new LinkedHashMap<>();
        Map<String, CellOutcome> baseCells = new LinkedHashMap<>();
        for (JvmRun o : others) {
            for (Comparison.Row r : Comparison.rows(in.baseline(), o)) {
                if (r.family().name().equals(f.name())) {
                    String k = r.base().cell().key();
                    rows.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(o, r);
                    baseCells.put(k, r.base());
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        h.heading(3, "", f.title() + ": ratio matrix");
        List<String> headers = new ArrayList<>(List.of("cell", "owner", "baseline ops/s"));
        others.forEach(o -> headers.add(o.label(in.multiDir())));
        h.tableStart("data", headers);
        rows.forEach((key, byRun) -> {
            CellOutcome b = baseCells.get(key);
            StringBuilder tr = new StringBuilder("<tr><td>" + Html.esc(Comparison.describe(b, false)) + "</td><td>"
                    + Html.esc(b.family().ownerLabel(b.owner())) + "</td><td>" + Html.esc(Num.sig(b.score())) + "</td>");
            for (JvmRun o : others) {
                Comparison.Row r = byRun.get(o);
                if (r == null) {
                    tr.append("<td class=\"na\">not measured in both</td>");
                    continue;
                }
                String cls = !r.ratio().significant() ? "" : r.ratio().value() > 1 ? "faster" : "slower";
                String why = r.ratio().verdict().text() + (r.weak().isEmpty() ? "" : "\n" + r.weak());
                tr.append(Html.td(cls, why, Html.esc(r.ratio().text()) + " <small>" + Html.esc(r.ratio().verdictWord()) + "</small>"
                        + (r.weak().isEmpty() ? "" : "<sup>?</sup>")));
            }
            h.raw(tr.append("</tr>\n").toString());
        });
        h.tableEnd();
    }
}
