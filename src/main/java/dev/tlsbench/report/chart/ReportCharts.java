package dev.tlsbench.report.chart;

import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every chart of a report, by where it goes: built (and so every input checked) before anything
 * is written.
 *
 * @param image    the shareable picture of the decided headline answers (charts/headline.*), empty when nothing was decided
 * @param headline each run against the baseline on the headline's cells
 */
public record ReportCharts(Optional<ChartModel> image, List<ChartModel> headline, Map<JvmRun, Map<String, List<ChartModel>>> details,
                           Map<JvmRun, List<ChartModel>> warmup, List<ChartModel> ratios) {

    public static ReportCharts of(ReportInputs in) {
        List<ChartModel> headline = new ArrayList<>();
        List<ChartModel> ratios = new ArrayList<>();
        Map<JvmRun, Map<String, List<ChartModel>>> details = new LinkedHashMap<>();
        Map<JvmRun, List<ChartModel>> warmup = new LinkedHashMap<>();
        for (JvmRun r : in.runs()) {
            details.put(r, FamilyCharts.of(r, in.multiDir()));
            warmup.put(r, WarmupCharts.charts(r, in.multiDir()));
            if (r != in.baseline()) {
                ComparisonCharts.headline(in.baseline(), r, in.multiDir()).ifPresent(headline::add);
                ratios.addAll(ComparisonCharts.families(in.baseline(), r, in.multiDir()));
            }
        }
        return new ReportCharts(HeadlineImage.of(in), headline, details, warmup, ratios);
    }

    public List<ChartModel> all() {
        List<ChartModel> out = new ArrayList<>(image.stream().toList());
        out.addAll(headline);
        details.values().forEach(m -> m.values().forEach(out::addAll));
        warmup.values().forEach(out::addAll);
        out.addAll(ratios);
        return out;
    }
}
