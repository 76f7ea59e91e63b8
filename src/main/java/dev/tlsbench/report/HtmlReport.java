package dev.tlsbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The self-contained index.html: environment, run status, correctness gate, every chart inline (PNG
 * data URI, SVG linked) with its data table and n/a reasons, the record cost fits and the
 * comparison ratios. A small script writes a render check into the page (used by the test).
 */
public final class HtmlReport {

    private final StringBuilder h = new StringBuilder();

    private HtmlReport() {
    }

    /** @param pngs the PNG bytes of each chart, in the order of {@code charts} */
    public static String render(List<Run> runs, List<ChartModel> charts, List<byte[]> pngs) {
        HtmlReport r = new HtmlReport();
        r.page(runs, charts, pngs);
        return r.h.toString();
    }

    private void page(List<Run> runs, List<ChartModel> charts, List<byte[]> pngs) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tls-crypto-bench report</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:.5em 0 1.5em}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px;text-align:left}td.n{text-align:right}")
                .append(".bad{background:#fdd}.na{color:#888}figure{margin:1em 0 2em}img{max-width:100%;border:1px solid #eee}")
                .append("ul.notes{font-size:13px;color:#555}</style></head><body>\n");
        h.append("<h1>tls-crypto-bench report</h1>\n");
        for (Run run : runs) {
            environment(run);
        }
        for (Run run : runs) {
            status(run);
            gate(run);
            attribution(run);
        }
        h.append("<h2>Charts</h2>\n<p>Each chart is also in charts/ as PNG and SVG. \"n/a\" = the provider or stack cannot do it")
                .append(" (reason from the capability matrix); \"no result\" = supported but not measured (failed or interrupted). ")
                .append("\"(!)\" = the correctness gate flagged that provider.</p>\n");
        for (int i = 0; i < charts.size(); i++) {
            chart(charts.get(i), pngs.get(i));
        }
        for (Run run : runs) {
            fits(run);
        }
        for (Run other : runs.subList(Math.min(1, runs.size()), runs.size())) {
            ratios(runs.get(0), other);
        }
        h.append("<div id=\"render-check\">pending</div>\n<script>\n")
                .append("var errors=[];window.addEventListener('error',function(e){errors.push(String(e.message));});\n")
                .append("window.addEventListener('load',function(){var imgs=Array.prototype.slice.call(document.images);")
                .append("var broken=imgs.filter(function(i){return !(i.complete&&i.naturalWidth>0&&i.naturalHeight>0);});")
                .append("var m=document.getElementById('render-check');m.setAttribute('data-images',imgs.length);")
                .append("m.setAttribute('data-broken',broken.length);m.setAttribute('data-errors',errors.length);")
                .append("m.textContent='images '+imgs.length+' broken '+broken.length+' errors '+errors.length;});\n</script>\n");
        h.append("</body></html>\n");
    }

    private void environment(Run run) {
        Env env = run.env();
        JsonNode host = env.root().path("host");
        h.append("<h2>Environment: ").append(esc(run.label(true))).append("</h2>\n<table>\n");
        row("result directory", run.dir().getFileName().toString());
        row("profile", env.profile());
        row("command", env.command());
        row("suite commit", env.root().path("suite").path("commit").asText("?")
                + (env.root().path("suite").path("dirty").asBoolean(false) ? " (dirty: uncommitted changes)" : ""));
        row("started", env.root().path("started").asText(""));
        row("CPU", env.cpuModel());
        row("clock", env.cpuMhz().isPresent() ? Report.num(env.cpuMhz().getAsDouble()) + " MHz (" + env.cpuMhzSource() + ")" : "unknown");
        row("CPU flags", flags(host.path("cpuFlags")));
        row("CPUs (logical)", host.path("logicalCpus").asText("?"));
        row("memory", host.path("memoryBytes").isNumber() ? Report.num(host.path("memoryBytes").asDouble() / (1 << 30)) + " GiB" : "?");
        row("OS / kernel", host.path("os").asText("?") + " / " + host.path("kernel").asText("?") + " (" + host.path("arch").asText("?") + ")");
        JsonNode jvm = run.jvm().node();
        row("JVM " + run.jvm().id(), run.jvm().label() + " " + jvm.path("jvm").path("java.vm.name").asText("") + " at " + jvm.path("path").asText("?"));
        row("JVM flags", flags(jvm.path("jvm").path("flags")) + " | args: " + jvm.path("jvm").path("inputArguments").toString());
        for (JsonNode p : jvm.path("providers").path("providers")) {
            row("provider " + p.path("name").asText(), p.path("loaded").asBoolean()
                    ? "loaded " + p.path("version").asText() : "NOT LOADED: " + p.path("reason").asText());
        }
        h.append("</table>\n");
    }

    private static String flags(JsonNode flags) {
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = flags.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(e.getKey() + "=" + e.getValue().asText());
        }
        return String.join(" ", out);
    }

    private void status(Run run) {
        h.append("<h2>Families run on ").append(esc(run.label(true))).append("</h2>\n");
        if (run.status().isEmpty()) {
            h.append("<p>No status.tsv: unknown which families ran.</p>\n");
            return;
        }
        h.append("<table><tr><th>family</th><th>state</th><th>detail</th></tr>\n");
        for (Run.UnitStatus s : run.status()) {
            h.append(s.ok() ? "<tr>" : "<tr class=\"bad\">").append(td(s.unit())).append(td(s.state())).append(td(s.detail())).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void gate(Run run) {
        h.append("<h2>Correctness gate (Wycheproof) on ").append(esc(run.label(true))).append("</h2>\n");
        List<JsonNode> rows = run.jvm().gateRows();
        if (rows.isEmpty()) {
            h.append("<p>No vector suites were run (none registered, or the gate did not run).</p>\n");
            return;
        }
        h.append("<table><tr><th>provider</th><th>file</th><th>algorithm</th><th>status</th><th>valid ok</th><th>valid failed</th>")
                .append("<th>invalid rejected</th><th>invalid ACCEPTED</th><th>acceptable acc/rej</th><th>skipped</th><th>reason / failures</th></tr>\n");
        for (JsonNode r : rows) {
            boolean bad = r.path("invalidAccepted").asInt() > 0 || r.path("status").asText().matches("fail|error");
            h.append(bad ? "<tr class=\"bad\">" : "<tr>").append(td(r.path("provider").asText())).append(td(r.path("file").asText()))
                    .append(td(r.path("algorithm").asText())).append(td(r.path("status").asText()))
                    .append(tdn(r.path("validPassed").asText())).append(tdn(r.path("validFailed").asText()))
                    .append(tdn(r.path("invalidRejected").asText())).append(tdn(r.path("invalidAccepted").asText()))
                    .append(tdn(r.path("acceptableAccepted").asText() + "/" + r.path("acceptableRejected").asText()))
                    .append(tdn(r.path("skipped").asText()))
                    .append(td(r.path("reason").asText("") + " " + (r.path("failures").isEmpty() ? "" : r.path("failures").toString())))
                    .append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void attribution(Run run) {
        List<JsonNode> rows = run.jvm().attributionRows();
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h2>SSLEngine handshakes: what was negotiated and who served it, on ").append(esc(run.label(true))).append("</h2>\n")
                .append("<table><tr><th>stack</th><th>config</th><th>negotiated</th><th>resumed by</th><th>served by</th></tr>\n");
        for (JsonNode r : rows) {
            String negotiated = r.path("supported").asBoolean()
                    ? r.path("protocol").asText() + " " + r.path("suite").asText() + " " + r.path("group").asText()
                    : "n/a: " + r.path("reason").asText();
            StringBuilder served = new StringBuilder();
            r.path("providers").fields().forEachRemaining(e -> served.append(e.getKey()).append(": ").append(e.getValue().asText()).append("; "));
            r.path("inherent").forEach(n -> served.append("inherent: ").append(n.asText()).append("; "));
            h.append(r.path("supported").asBoolean() ? "<tr>" : "<tr class=\"na\">").append(td(r.path("stack").asText()))
                    .append(td(r.path("config").asText())).append(td(negotiated)).append(td(r.path("resumedBy").asText("")))
                    .append(td(served.toString())).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void chart(ChartModel m, byte[] png) {
        h.append("<figure id=\"").append(esc(m.id())).append("\"><img alt=\"").append(esc(m.title()))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n")
                .append("<figcaption>").append(esc(m.title())).append(" | ").append(esc(m.caption()))
                .append(" | <a href=\"charts/").append(esc(m.id())).append(".svg\">SVG</a></figcaption>\n");
        dataTable(m);
        if (!m.notes().isEmpty()) {
            h.append("<ul class=\"notes\">");
            m.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("</figure>\n");
    }

    /** Series x categories (or x values) with the plotted value and its error, n/a where unsupported. */
    private void dataTable(ChartModel m) {
        List<String> columns = new ArrayList<>();
        if (m.kind() == ChartModel.Kind.CATEGORY) {
            columns.addAll(m.categories());
        } else {
            TreeSet<Double> xs = new TreeSet<>();
            m.series().forEach(s -> xs.addAll(s.x()));
            xs.forEach(x -> columns.add(Report.num(x)));
        }
        h.append("<table><tr><th>").append(esc(m.yLabel())).append("</th>");
        columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (ChartModel.Series s : m.series()) {
            h.append("<tr>").append(td(s.name()));
            for (int c = 0; c < columns.size(); c++) {
                int i = m.kind() == ChartModel.Kind.CATEGORY ? c : indexOfX(s, columns.get(c));
                Double v = i < 0 ? null : s.y().get(i);
                if (v == null) {
                    String cat = m.kind() == ChartModel.Kind.CATEGORY ? columns.get(c) : "";
                    boolean na = m.notes().stream().anyMatch(n -> n.startsWith("n/a " + s.owner() + " x " + cat));
                    h.append("<td class=\"na\">").append(na ? "n/a" : "no result").append("</td>");
                } else {
                    double e = s.error().isEmpty() ? 0 : s.error().get(i);
                    h.append(tdn(Report.num(v) + (e > 0 ? " &plusmn; " + Report.num(e) : "")));
                }
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static int indexOfX(ChartModel.Series s, String column) {
        for (int i = 0; i < s.x().size(); i++) {
            if (Report.num(s.x().get(i)).equals(column)) {
                return i;
            }
        }
        return -1;
    }

    private void fits(Run run) {
        List<RecordFit.Fit> fits = RecordFit.fits(run);
        if (fits.isEmpty()) {
            return;
        }
        h.append("<h2>Cost per record = a + b &middot; bytes (").append(esc(run.label(true))).append(")</h2>\n")
                .append("<p>Least-squares fit of ns/record (1e9 / records/s) over the measured record sizes. ")
                .append(run.env().cpuMhz().isPresent() ? "cycles/byte = b &times; " + Report.num(run.env().cpuMhz().getAsDouble())
                        + " MHz (" + esc(run.env().cpuMhzSource()) + "; turbo and frequency scaling make it approximate)."
                        : "Clock unknown: no cycles/byte.").append("</p>\n")
                .append("<table><tr><th>provider</th><th>AEAD</th><th>op</th><th>buffer</th><th>sizes</th><th>a (ns/record)</th>")
                .append("<th>b (ns/byte)</th><th>cycles/byte</th><th>R&sup2;</th></tr>\n");
        for (RecordFit.Fit f : fits) {
            h.append(run.jvm().gateFlag(f.provider()).isPresent() ? "<tr class=\"bad\">" : "<tr>")
                    .append(td(Panels.seriesName(run, f.provider()))).append(td(f.aead())).append(td(f.method()))
                    .append(td(f.buffer())).append(tdn(String.valueOf(f.points()))).append(tdn(Report.num(f.fixedNs())))
                    .append(tdn(Report.num(f.nsPerByte()))).append(tdn(Report.num(f.cyclesPerByte())))
                    .append(tdn(String.format(java.util.Locale.ROOT, "%.4f", f.r2()))).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void ratios(Run baseline, Run other) {
        h.append("<h2>Ratios ").append(esc(other.label(true))).append(" / ").append(esc(baseline.label(true))).append("</h2>\n")
                .append("<table><tr><th>benchmark</th><th>owner</th><th>parameters</th><th>baseline ops/s</th><th>other ops/s</th><th>ratio</th></tr>\n");
        for (Comparison.Ratio r : Comparison.ratios(baseline, other)) {
            h.append("<tr>").append(td(r.benchClass() + "." + r.method())).append(td(r.owner())).append(td(r.key()))
                    .append(tdn(Report.num(r.baseline()))).append(tdn(Report.num(r.other())))
                    .append(tdn(String.format(java.util.Locale.ROOT, "%.3f", r.ratio()))).append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void row(String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th>").append(td(v)).append("</tr>\n");
    }

    private static String td(String v) {
        return "<td>" + esc(v) + "</td>";
    }

    private static String tdn(String v) {
        return "<td class=\"n\">" + v + "</td>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
