package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every cell's state, counted per JVM, with the cells that FAILED or are pending listed first and
 * in full: a failure is never buried under results, never shown as n/a.
 */
final class StatusSection {

    private StatusSection() {
    }

    static Map<CellStatus, Integer> counts(JvmRun run) {
        Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
        run.outcomes().forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        return counts;
    }

    /** Cells that FAILED or are pending, FAILED first. */
    static List<CellOutcome> bad(JvmRun run) {
        List<CellOutcome> out = new ArrayList<>();
        run.outcomes().stream().filter(o -> o.status() == CellStatus.FAILED).forEach(out::add);
        run.outcomes().stream().filter(o -> o.status() == CellStatus.PENDING).forEach(out::add);
        return out;
    }

    static void write(Html h, ReportInputs in) {
        h.heading(2, "status", "Cell states: FAILED and pending first");
        List<String> headers = new ArrayList<>(List.of("run"));
        for (CellStatus s : CellStatus.values()) {
            headers.add(s.label());
        }
        headers.add("not steady (of measured)");
        h.tableStart("", headers);
        for (JvmRun r : in.runs()) {
            Map<CellStatus, Integer> c = counts(r);
            List<String> cells = new ArrayList<>();
            cells.add("<td>" + Html.esc(r.label(in.multiDir())) + "</td>");
            for (CellStatus s : CellStatus.values()) {
                int n = c.getOrDefault(s, 0);
                cells.add(Html.td(n > 0 && (s == CellStatus.FAILED || s == CellStatus.PENDING) ? Html.cls(s) : "", "", String.valueOf(n)));
            }
            long unsteady = r.outcomes().stream().filter(o -> o.measured() && !o.evidence().steady()).count();
            cells.add("<td>" + unsteady + "</td>");
            h.raw("<tr>" + String.join("", cells) + "</tr>\n");
        }
        h.tableEnd();
        h.p("note", "measured: a score with its samples; unsupported: the provider cannot do it (found by trying); harness limit: "
                + "the provider can, the suite cannot make it; not in profile: part of the matrix, not of this profile; FAILED: a proof, "
                + "a measurement or a fork failed; pending: not run (the run was interrupted: scripts/bench --resume DIR).");
        for (JvmRun r : in.runs()) {
            List<CellOutcome> bad = bad(r);
            if (bad.isEmpty()) {
                continue;
            }
            h.heading(3, "", r.label(in.multiDir()) + ": " + bad.size() + " cells FAILED or pending");
            h.tableStart("", List.of("state", "family", "cell", "reason"));
            for (CellOutcome o : bad) {
                h.raw("<tr class=\"" + Html.cls(o.status()) + "\"><td>" + Html.esc(o.status().label()) + "</td><td>" + Html.esc(o.family().name())
                        + "</td><td>" + Html.esc(Comparison.describe(o, true)) + "</td><td><pre>" + Html.esc(o.reason()) + "</pre></td></tr>\n");
            }
            h.tableEnd();
        }
    }
}
