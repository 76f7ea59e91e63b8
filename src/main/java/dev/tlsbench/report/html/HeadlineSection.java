package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.TlDr;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.List;
import java.util.Optional;

/**
 * The first screen of the report: the calibration of the run's profile (or that there is none); per
 * JVM, the headline tables ({@link HeadlineTables}); the decided answers as one shareable picture;
 * then each run against the baseline as a ratio chart of the headline's cells.
 */
final class HeadlineSection {

    private HeadlineSection() {
    }

    static void write(Html h, ReportInputs in, Optional<ChartModel> image, List<ChartModel> ratioCharts) {
        h.raw("<section id=\"headline\">\n");
        CalibrationLine.html(h, in);
        h.raw("<div class=\"grid\">\n");
        for (JvmRun run : in.runs()) {
            h.raw("<div class=\"jvm\">\n");
            h.heading(2, "", run.jvm().label() + (in.multiDir() ? " · " + run.dir().getFileName() : ""));
            h.p("tldr", TlDr.of(run));
            for (HeadlineTables.Table t : HeadlineTables.of(run)) {
                table(h, t);
            }
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        image.ifPresent(c -> {
            h.heading(3, "headline-image", "The decided answers in one picture (to share: PNG or SVG)");
            Figures.image(h, c);
        });
        h.raw("<div class=\"grid\">\n");
        for (ChartModel c : ratioCharts) {
            h.raw("<div>");
            h.heading(3, "", "(d) " + c.title());
            Figures.image(h, c);
            h.raw("</div>\n");
        }
        h.raw("</div>\n");
        if (in.runs().size() > 1 && ratioCharts.isEmpty()) {
            h.p("note", "(d) no headline cell was measured in both runs: no ratio to show.");
        }
        h.p("note", "~ not steady, ? too little evidence (fewer than 3 samples or no error estimate) or imprecise (\"?±12%\": its 95%"
                + " interval is wider than ±5% of the score), ! a correctness-gate finding that can matter in TLS, † one that"
                + " cannot (a legacy leniency or a refused valid input; see the correctness gate): hover a value for why. One thread is one"
                + " core; an SSLEngine connection's thread runs the client and the server, so its /s is client + server, and"
                + " \"server … µs · … /s per core\" below it is the server's engine alone (what a server spends per new"
                + " connection, from the same connections). Verdict: the fastest against the next fastest, as the ratio of the two with its 95% bootstrap interval: winner"
                + " (the interval excludes 1), tie (the interval lies within ±3%), or undecided with the reason (a side with one fork or"
                + " not steady is never decided). × the JDK's own: fastest / the JDK's own with its 95% interval and verdict."
                + " % of OpenSSL speed: the fastest"
                + " against openssl speed of the same operation on the same machine, the mean of its samples (library, build and"
                + " capability vector under Native baseline). Native library through JNI: against the fastest cell of the same"
                + " question whose provider runs a native library through JNI (ACCP: AWS-LC; Conscrypt: BoringSSL), measured in"
                + " the same run with the same harness.");
        h.raw("</section>\n");
    }

    private static void table(Html h, HeadlineTables.Table t) {
        h.heading(3, "", t.title());
        if (!t.empty().isEmpty()) {
            h.p("na", t.empty());
            return;
        }
        h.tableStart("headline", t.headers());
        for (List<HeadlineTables.Cell> row : t.rows()) {
            StringBuilder tr = new StringBuilder("<tr>");
            for (HeadlineTables.Cell c : row) {
                String body = (c.cls().equals("best") ? "<b>" + Html.esc(c.text()) + "</b>" : Html.esc(c.text()))
                        + (c.marks().isEmpty() ? "" : "<sup>" + Html.esc(c.marks()) + "</sup>")
                        + (c.small().isEmpty() ? "" : (c.below() ? "<br>" : " ") + "<small>" + Html.esc(c.small()) + "</small>");
                tr.append(Html.td(c.cls().equals("best") ? "" : c.cls(), c.why(), body));
            }
            h.raw(tr.append("</tr>\n").toString());
        }
        h.tableEnd();
    }
}
