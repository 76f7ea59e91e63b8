package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.HostLoadSummary;
import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.analysis.TlDr;
import dev.tlsbench.report.chart.Captions;
import dev.tlsbench.report.chart.Footnotes;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * summary.md: the headline tables in Markdown (for a blog post, a design review or release notes),
 * each run's cell states with the FAILED and pending cells, and where the rest is.
 */
public final class SummaryMd {

    private SummaryMd() {
    }

    /** @param image the report drew the shareable picture of the decided answers (charts/headline.png), shown under the title */
    public static String render(ReportInputs in, boolean image) {
        StringBuilder sb = new StringBuilder("# What TLS costs on the JVM, per provider\n\n");
        JvmRun first = in.runs().get(0);
        sb.append(Captions.machine(first.env())).append(" · profile ").append(first.plan().profile()).append(" · started ")
                .append(first.env().started()).append("\n\n");
        sb.append(CalibrationLine.md(in));
        if (image) {
            sb.append("![the decided headline answers](charts/headline.png) ([SVG](charts/headline.svg))\n\n");
        }
        if (first.plan().profile().equals("smoke")) {
            sb.append("**Smoke profile: these numbers are meaningless (no warmup). Never publish them.**\n\n");
        }
        for (JvmRun r : in.runs()) {
            sb.append("## ").append(r.jvm().label()).append(in.multiDir() ? " (" + r.dir().getFileName() + ")" : "").append("\n\n");
            sb.append(md(TlDr.of(r))).append("\n\n");
            for (HeadlineTables.Table t : HeadlineTables.of(r)) {
                table(sb, t);
            }
            Map<CellStatus, Integer> counts = StatusSection.counts(r);
            List<String> c = new ArrayList<>();
            counts.forEach((s, n) -> c.add(n + " " + s.label()));
            sb.append("Cells: ").append(String.join(", ", c)).append(".\n\n");
            sb.append("The machine during the forks: ").append(md(HostLoadSummary.of(r))).append(".\n\n");
            for (CellOutcome o : StatusSection.bad(r)) {
                sb.append("- **").append(o.status().label()).append("** ").append(o.family().name()).append(": ")
                        .append(md(Comparison.describe(o, true))).append(": ").append(md(Footnotes.oneLine(o.reason()))).append('\n');
            }
            sb.append('\n');
        }
        sb.append("Marks: ~ not steady, ? too little evidence or imprecise (?±12%: 95% interval wider than ±5%), ! a correctness-gate "
                + "finding that can matter in TLS, † one that cannot (legacy leniency, a refused valid input). Verdicts compare the "
                + "fastest with the next fastest by the ratio's 95% bootstrap interval: winner "
                + "(excludes 1), tie (within ±3%) or undecided (why); a side with one fork is never decided. Speed-ups are fastest / the "
                + "JDK's own with their 95% interval. Details, charts, the native baseline, the environment and the correctness "
                + "gate: index.html; every cell: results.csv.\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, HeadlineTables.Table t) {
        sb.append("### ").append(md(t.title())).append("\n\n");
        if (!t.empty().isEmpty()) {
            sb.append(md(t.empty())).append("\n\n");
            return;
        }
        sb.append('|');
        t.headers().forEach(x -> sb.append(' ').append(md(x)).append(" |"));
        sb.append("\n|");
        t.headers().forEach(x -> sb.append("---|"));
        sb.append('\n');
        for (List<HeadlineTables.Cell> row : t.rows()) {
            sb.append('|');
            for (HeadlineTables.Cell c : row) {
                String text = c.cls().equals("best") ? "**" + c.text() + "**" : c.text();
                sb.append(' ').append(md(text + c.marks() + (c.small().isEmpty() ? "" : " (" + c.small() + ")")
                        + (c.cls().equals("best") && !c.why().isEmpty() ? " (" + c.why() + ")" : ""))).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
