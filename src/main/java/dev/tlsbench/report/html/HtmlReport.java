package dev.tlsbench.report.html;

import dev.tlsbench.report.chart.Captions;
import dev.tlsbench.report.chart.ReportCharts;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * index.html: the headline answers first, then a table of contents, the cell states (FAILED and
 * pending first), the details, time to steady state, comparisons, the data files, the native
 * baseline, the environment, and the correctness and attribution tables last. Charts are referenced files, so
 * the page stays small. A small script writes a render check into the page (the browser test
 * reads it).
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font-family:'DejaVu Sans',Arial,sans-serif;margin:1.2em 2em;max-width:1880px;color:#222;font-size:14px}
            h1{font-size:22px;margin:.2em 0}h2{font-size:18px;margin:1.4em 0 .4em;border-bottom:1px solid #ddd}
            h3{font-size:15px;margin:.9em 0 .3em}h4{font-size:14px;margin:.8em 0 .3em}
            table{border-collapse:collapse;margin:.3em 0 1em}td,th{border:1px solid #d4d4d4;padding:1px 5px;font-size:12.5px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}table.headline td{white-space:nowrap}table.headline td:not(:first-child){text-align:right}
            table.data td:not(:first-child){text-align:right}table.kv th{width:14em}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(760px,1fr));gap:0 2em}.grid>div{min-width:0;overflow-x:auto}
            .na,.st-not-in-profile{color:#888}.st-unsupported{color:#555;background:#f3f3f3}.st-harness-limit{color:#6a4c93;background:#f4f0fa}
            .st-FAILED,.bad{background:#fdd;color:#900}.st-pending{background:#fed}.weak{color:#7a4a00}
            .faster{background:#e3f4e3;font-weight:bold}.slower{background:#fbe3e3;font-weight:bold}
            .warning{background:#fff3cd;border:1px solid #e0c060;padding:.4em .6em}.note{color:#555;font-size:12.5px}
            .alert{background:#fdd;border:1px solid #c00;padding:.4em .6em;font-weight:bold}
            figure{margin:.6em 0 .2em}figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:12px}
            nav ul{columns:3;font-size:13px}pre{margin:0;white-space:pre-wrap;font-size:11.5px;max-height:8em;overflow:auto}
            small{color:#666}sup{color:#a00}details{margin:.2em 0 1em}ul.reasons{font-size:12px}
            """;

    private HtmlReport() {
    }

    public static String render(ReportInputs in, ReportCharts charts) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n"
                + "<title>tls-crypto-bench: " + Html.esc(title(in)) + "</title>\n<style>" + CSS + "</style></head><body>\n");
        header(h, in);
        HeadlineSection.write(h, in, charts.image(), charts.headline());
        toc(h, in, charts);
        StatusSection.write(h, in);
        DetailsSection.write(h, in, charts.details());
        if (WarmupSection.any(in)) {
            WarmupSection.write(h, in, charts.warmup());
        }
        ComparisonSection.write(h, in, charts.ratios());
        data(h, in);
        NativeSection.write(h, in);
        EnvironmentSection.write(h, in);
        CorrectnessSection.write(h, in);
        h.raw("<div id=\"render-check\">pending</div>\n<script>\n"
                + "var errors=[];window.addEventListener('error',function(e){errors.push(String(e.message));});\n"
                + "window.addEventListener('load',function(){var imgs=Array.prototype.slice.call(document.images);"
                + "var broken=imgs.filter(function(i){return !(i.complete&&i.naturalWidth>0&&i.naturalHeight>0);});"
                + "var m=document.getElementById('render-check');m.setAttribute('data-images',imgs.length);"
                + "m.textContent='images '+imgs.length+' broken '+broken.length+' errors '+errors.length;});\n</script>\n");
        h.raw("</body></html>\n");
        return h.toString();
    }

    private static String title(ReportInputs in) {
        List<String> runs = new ArrayList<>();
        in.runs().forEach(r -> runs.add(r.label(in.multiDir())));
        return String.join(", ", runs);
    }

    private static void header(Html h, ReportInputs in) {
        h.heading(1, "", "What TLS costs on the JVM, per provider");
        JvmRun first = in.runs().get(0);
        List<String> dirs = new ArrayList<>();
        in.runs().stream().map(r -> r.dir().getFileName().toString()).distinct().forEach(dirs::add);
        h.p("note", String.join(", ", dirs) + " · " + Captions.machine(first.env()) + " · profile " + first.plan().profile()
                + " · started " + first.env().started() + ", finished " + first.env().finished());
        Set<Path> warned = new HashSet<>();
        for (JvmRun r : in.runs()) {
            String p = r.plan().profile();
            if ((p.equals("smoke") || p.equals("warmup")) && warned.add(r.dir())) {
                h.p("warning", r.dir().getFileName() + ": profile " + p + " — " + (p.equals("smoke")
                        ? "numbers are meaningless (no warmup, 3 x 100 ms): never publish them."
                        : "cells from JVM start without warmup: see Time to steady state; their scores are not steady-state numbers."));
            }
        }
        for (JvmRun r : in.runs()) {
            Map<CellStatus, Integer> c = StatusSection.counts(r);
            int failed = c.getOrDefault(CellStatus.FAILED, 0);
            int pending = c.getOrDefault(CellStatus.PENDING, 0);
            if (failed + pending > 0) {
                h.raw("<p class=\"alert\">" + Html.esc(r.label(in.multiDir()) + ": " + failed + " cells FAILED, " + pending
                        + " pending (not run)") + " — <a href=\"#status\">listed first below</a></p>\n");
            }
        }
    }

    private static void toc(Html h, ReportInputs in, ReportCharts charts) {
        h.raw("<nav id=\"toc\"><h2>Contents</h2><ul>\n<li><a href=\"#headline\">Headline</a></li>\n<li><a href=\"#status\">Cell states: FAILED and pending first</a></li>\n"
                + "<li><a href=\"#details\">Details</a><ul>\n");
        for (JvmRun r : in.runs()) {
            h.raw("<li><a href=\"#" + DetailsSection.anchor(r, in) + "\">" + Html.esc(r.label(in.multiDir())) + "</a>: ");
            List<String> fam = new ArrayList<>();
            charts.details().get(r).keySet().forEach(f -> fam.add("<a href=\"#" + DetailsSection.anchor(r, in) + "-" + f + "\">"
                    + Html.esc(r.plan().family(f).map(FamilyPlan::title).orElse(f)) + "</a>"));
            h.raw(String.join(", ", fam) + "</li>\n");
        }
        h.raw("</ul></li>\n");
        if (WarmupSection.any(in)) {
            h.raw("<li><a href=\"#warmup\">Time to steady state</a></li>\n");
        }
        if (in.runs().size() > 1) {
            h.raw("<li><a href=\"#comparison\">Comparison with " + Html.esc(in.baseline().label(in.multiDir())) + "</a></li>\n");
        }
        h.raw("<li><a href=\"#data\">Data files</a></li>\n<li><a href=\"#native\">Native baseline</a></li>\n"
                + "<li><a href=\"#environment\">Environment</a></li>\n<li><a href=\"#correctness\">Correctness gate</a></li>\n"
                + "<li><a href=\"#attribution\">SSLEngine attribution</a></li>\n</ul></nav>\n");
    }

    private static void data(Html h, ReportInputs in) {
        h.heading(2, "data", "Data files");
        h.raw("<ul><li><a href=\"results.csv\">results.csv</a>: one row per cell of every state, every run (tidy: parameters as columns)</li>\n"
                + "<li><a href=\"summary.md\">summary.md</a>: the headline tables in Markdown</li>\n");
        JvmRun previous = null;
        for (JvmRun r : in.runs()) {
            if (previous == null || !previous.dir().equals(r.dir())) {
                h.raw("<li>" + Html.esc(r.dir().getFileName().toString()) + ": " + link(in, r, "env.json") + ", " + link(in, r, "plan.json")
                        + ", " + link(in, r, "status.tsv") + ", " + link(in, r, "openssl/speed.json") + "</li>\n");
            }
            h.raw("<li>" + Html.esc(r.label(in.multiDir())) + ": " + link(in, r, r.id() + "/jmh.json")
                    + " (every measured cell: one standard JMH JSON array), " + link(in, r, r.id() + "/cells.json") + ", "
                    + link(in, r, r.id() + "/jmh.log") + "</li>\n");
            previous = r;
        }
        h.raw("</ul>\n");
    }

    private static String link(ReportInputs in, JvmRun r, String file) {
        String href = in.link(r, file);
        return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(file) + "</a>";
    }
}
