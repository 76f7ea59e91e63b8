package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.chart.ChartRenderer;
import dev.tlsbench.report.chart.Footnotes;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.Negotiated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chart in the HTML page: the PNG (drawn at twice its size, shown at its own), links to its SVG,
 * and the chart's numbers as a table (value and interval in the chart's unit, or the cell's state),
 * the full reasons of every cell without a value and the samples of every cell that is not steady.
 */
final class Figures {

    private Figures() {
    }

    /** The picture alone, referenced (never embedded: the page stays small). */
    static void image(Html h, ChartModel c) {
        h.raw("<figure id=\"" + Html.esc(c.id()) + "\"><img src=\"charts/" + Html.esc(c.id()) + ".png\" width=\"" + ChartRenderer.WIDTH
                + "\" alt=\"" + Html.esc(c.title() + " — " + c.subtitle()) + "\">\n<figcaption><a href=\"charts/"
                + Html.esc(c.id()) + ".svg\">SVG</a> · <a href=\"charts/" + Html.esc(c.id()) + ".png\">PNG</a></figcaption></figure>\n");
    }

    /**
     * The picture with its data table and the reasons and samples behind it; an SSLEngine cell's
     * number comes with what its handshake negotiated and its client sent ({@code run}'s attribution).
     */
    static void chart(Html h, ChartModel c, Map<String, CellOutcome> cells, JvmRun run) {
        image(h, c);
        table(h, c, cells, run);
        reasons(h, c, cells);
    }

    private static void table(Html h, ChartModel c, Map<String, CellOutcome> cells, JvmRun run) {
        if (c.horizontal()) {
            return; // ratio charts: their matrix is a table of its own
        }
        List<String> headers = new ArrayList<>(List.of(c.y().label().replace(" — higher is better", "") + " ± half the 95% interval"));
        headers.addAll(c.x().tickLabels());
        h.tableStart("data", headers);
        Map<String, Map<Double, String>> byRow = new LinkedHashMap<>();
        for (ChartModel.Series s : c.series()) {
            if (s.faint()) {
                continue;
            }
            Map<Double, String> row = byRow.computeIfAbsent(s.name(), k -> new LinkedHashMap<>());
            for (ChartModel.Point p : s.points()) {
                CellOutcome o = cells.get(p.cellKey());
                String marks = o == null ? "" : String.join("", HeadlineValues.marks(o));
                Optional<Negotiated> wire = o == null ? Optional.empty() : run.negotiated(o);
                String why = o == null ? "" : HeadlineValues.why(o) + wire.map(w -> w.wireNote().isEmpty() ? "" : "\n" + w.wireNote()).orElse("");
                row.put(column(c, p.x()), Html.td(o != null && !o.evidence().weakness().isEmpty() ? "weak" : "",
                        why.strip(), Html.esc(Num.sig(p.y()) + (Double.isNaN(p.lo()) ? "" : " ± " + Num.sig((p.hi() - p.lo()) / 2)))
                                + (marks.isEmpty() ? "" : "<sup>" + Html.esc(marks) + "</sup>")
                                + wire.map(w -> "<br><small class=\"wire\">" + Html.esc(w.text()) + "</small>").orElse("")
                                + serverShare(o)));
            }
        }
        for (ChartModel.Mark m : c.marks()) {
            if (!Double.isNaN(m.y())) {
                continue;
            }
            CellOutcome o = cells.get(m.cellKey());
            String name = m.series();
            String state = o == null ? CellStatus.NOT_IN_PROFILE.label() : o.status().label();
            byRow.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(column(c, m.x()), Html.td(o == null ? Html.cls(CellStatus.NOT_IN_PROFILE)
                    : Html.cls(o.status()), o == null ? "" : Footnotes.oneLine(o.reason()), Html.esc(state) + "<sup>" + m.footnote() + "</sup>"));
        }
        List<Double> columns = new ArrayList<>();
        for (int i = 0; i < c.x().ticks().size(); i++) {
            columns.add(c.x().categorical() ? (double) i : c.x().ticks().get(i));
        }
        byRow.forEach((name, row) -> {
            StringBuilder tr = new StringBuilder("<tr><td>" + Html.esc(name) + "</td>");
            for (double col : columns) {
                tr.append(row.getOrDefault(col, "<td></td>"));
            }
            h.raw(tr.append("</tr>\n").toString());
        });
        h.tableEnd();
    }

    /** A connection cell's server share on a line of its own (client + server is the score). */
    private static String serverShare(CellOutcome o) {
        String s = o == null ? "" : o.serverShareText();
        return s.isEmpty() ? "" : "<br><small class=\"wire\">" + Html.esc(s) + "</small>";
    }

    /** Category charts place owners around the category's index: the column is the nearest index. */
    private static double column(ChartModel c, double x) {
        return c.x().categorical() ? Math.round(x) : x;
    }

    /** Full reasons of the cells without a value, and the samples of those that are not steady. */
    private static void reasons(Html h, ChartModel c, Map<String, CellOutcome> cells) {
        Set<String> full = new LinkedHashSet<>();
        List<String> samples = new ArrayList<>();
        for (ChartModel.Mark m : c.marks()) {
            CellOutcome o = cells.get(m.cellKey());
            if (o == null) {
                continue;
            }
            String who = Comparison.describe(o, true);
            if (!o.measured() && !o.reason().isEmpty()) {
                full.add("[" + m.footnote() + "] " + who + " — " + o.status().label() + ": " + o.reason());
            } else if (m.kind() == ChartModel.MarkKind.NOT_STEADY || m.kind() == ChartModel.MarkKind.WEAK) {
                String notes = o.evidence().steadiness().notes();
                samples.add(who + " — " + o.evidence().weakness() + "; samples per fork: " + samplesText(o.evidence().raw())
                        + (notes.isEmpty() ? "" : "; " + notes)
                        + (o.evidence().busyForks().isEmpty() ? "" : "; " + o.evidence().busyForks()));
            } else if (m.kind() == ChartModel.MarkKind.GATE || m.kind() == ChartModel.MarkKind.GATE_LENIENT) {
                o.gateFlags().forEach(g -> full.add("[" + m.footnote() + "] " + who + " — " + g.oneLine() + " (" + g.summary() + ")"));
            }
        }
        if (full.isEmpty() && samples.isEmpty()) {
            return;
        }
        h.raw("<details><summary>why cells have no value or a mark (" + (full.size() + samples.size()) + ")</summary><ul class=\"reasons\">");
        full.forEach(s -> h.raw("<li>" + Html.esc(s) + "</li>"));
        new LinkedHashSet<>(samples).forEach(s -> h.raw("<li>" + Html.esc(s) + "</li>"));
        h.raw("</ul></details>\n");
    }

    static String samplesText(List<List<Double>> raw) {
        List<String> forks = new ArrayList<>();
        for (List<Double> f : raw) {
            forks.add("[" + String.join(", ", f.stream().map(Num::sig).toList()) + "]");
        }
        return String.join(" ", forks);
    }
}
