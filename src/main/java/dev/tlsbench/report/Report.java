package dev.tlsbench.report;

import dev.tlsbench.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report from one or more runs: every chart model is built (and so every input checked) before
 * anything is written; then the charts, index.html, summary.md and results.csv.
 */
final class Report {

    /** The runs of a report, the one the others are compared with, and where the report goes. */
    record Inputs(List<JvmRun> runs, boolean multiDir, JvmRun baseline, Path out) {

        /** A link from the report to a file of a run's directory. */
        String link(JvmRun run, String file) {
            return out.relativize(run.dir().resolve(file)).toString().replace('\\', '/');
        }
    }

    /** Every chart of a report, by where it goes. */
    record Charts(List<ChartModel> headline, Map<JvmRun, Map<String, List<ChartModel>>> details, Map<JvmRun, List<ChartModel>> warmup,
                  List<ChartModel> ratios) {

        List<ChartModel> all() {
            List<ChartModel> out = new ArrayList<>(headline);
            details.values().forEach(m -> m.values().forEach(out::addAll));
            warmup.values().forEach(out::addAll);
            out.addAll(ratios);
            return out;
        }
    }

    private Report() {
    }

    static Charts charts(Inputs in) {
        List<ChartModel> headline = new ArrayList<>();
        List<ChartModel> ratios = new ArrayList<>();
        Map<JvmRun, Map<String, List<ChartModel>>> details = new LinkedHashMap<>();
        Map<JvmRun, List<ChartModel>> warmup = new LinkedHashMap<>();
        for (JvmRun r : in.runs()) {
            details.put(r, FamilyCharts.of(r, in.multiDir()));
            warmup.put(r, WarmupCurves.charts(r, in.multiDir()));
            if (r != in.baseline()) {
                ComparisonCharts.headline(in.baseline(), r, in.multiDir()).ifPresent(headline::add);
                ratios.addAll(ComparisonCharts.families(in.baseline(), r, in.multiDir()));
            }
        }
        return new Charts(headline, details, warmup, ratios);
    }

    static void write(Inputs in, Path out) throws IOException {
        Charts charts = charts(in);
        String html = HtmlReport.render(in, charts);
        String csv = TidyCsv.render(in);
        String md = SummaryMd.render(in);
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
