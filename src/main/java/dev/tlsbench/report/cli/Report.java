package dev.tlsbench.report.cli;

import dev.tlsbench.io.AtomicFile;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.chart.ChartRenderer;
import dev.tlsbench.report.chart.ReportCharts;
import dev.tlsbench.report.html.HtmlReport;
import dev.tlsbench.report.html.SummaryMd;
import dev.tlsbench.report.html.TidyCsv;
import dev.tlsbench.report.input.ReportInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one report from one or more runs: every chart model is built (and so every input checked)
 * before anything is written; then the charts, index.html, summary.md and results.csv.
 */
final class Report {

    private Report() {
    }

    static void write(ReportInputs in, Path out) throws IOException {
        ReportCharts charts = ReportCharts.of(in);
        String html = HtmlReport.render(in, charts);
        String csv = TidyCsv.render(in);
        String md = SummaryMd.render(in, charts.image().isPresent());
        Path chartDir = out.resolve("charts");
        Files.createDirectories(chartDir);
        for (ChartModel c : charts.all()) {
            ChartRenderer.write(c, chartDir);
        }
        AtomicFile.write(out.resolve("results.csv"), csv);
        AtomicFile.write(out.resolve("summary.md"), md);
        AtomicFile.write(out.resolve("index.html"), html);
    }
}
