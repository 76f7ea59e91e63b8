package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ratios between runs (JDK 25 vs JDK 17, machine A vs B): for every benchmark, owner and
 * parameter combination measured in both, other score / baseline score. Above 1 = faster than the
 * baseline. One chart per benchmark class and method, one bar per owner.
 */
public final class Comparison {

    /** One matched result pair. {@code key} is the @Params other than the owner, plus threads when not 1. */
    public record Ratio(String benchClass, String method, String owner, String key, double baseline, double other) {
        public double ratio() {
            return other / baseline;
        }
    }

    private Comparison() {
    }

    public static List<Ratio> ratios(Run baseline, Run other) {
        Map<String, BenchResult> base = new TreeMap<>();
        baseline.results().forEach(r -> base.put(matchKey(r), r));
        List<Ratio> out = new ArrayList<>();
        for (BenchResult r : other.results()) {
            BenchResult b = base.get(matchKey(r));
            if (b != null && b.score() > 0) {
                out.add(new Ratio(r.benchClass(), r.method(), r.owner(), key(r), b.score(), r.score()));
            }
        }
        return out;
    }

    public static List<ChartModel> charts(Run baseline, Run other) {
        List<Ratio> ratios = ratios(baseline, other);
        String title = other.label(true) + " / " + baseline.label(true);
        Map<String, List<Ratio>> panels = new java.util.LinkedHashMap<>();
        ratios.forEach(r -> panels.computeIfAbsent(r.benchClass() + " " + r.method(), k -> new ArrayList<>()).add(r));
        List<ChartModel> out = new ArrayList<>();
        for (Map.Entry<String, List<Ratio>> panel : panels.entrySet()) {
            List<String> categories = new ArrayList<>(new LinkedHashSet<>(panel.getValue().stream().map(Ratio::key).toList()));
            Set<String> owners = new LinkedHashSet<>(panel.getValue().stream().map(Ratio::owner).toList());
            ChartModel.CategoryBuilder b = new ChartModel.CategoryBuilder(categories);
            for (String owner : owners) {
                List<Double> values = new ArrayList<>();
                for (String c : categories) {
                    values.add(panel.getValue().stream().filter(r -> r.owner().equals(owner) && r.key().equals(c))
                            .map(Ratio::ratio).findFirst().orElse(null));
                }
                b.add(owner, owner, values, List.of());
            }
            List<String> notes = new ArrayList<>();
            notes.add("ratio = score of " + other.label(true) + " / score of " + baseline.label(true)
                    + "; > 1 is faster. Only combinations measured in both runs are shown.");
            notes.add("baseline: " + baseline.caption());
            out.add(new ChartModel(Panels.id("compare", other.label(true), "vs", baseline.label(true), panel.getKey()),
                    title + ": " + panel.getKey(), "compared: " + other.caption(), ChartModel.Kind.CATEGORY,
                    "parameters", "ratio (" + other.jvm().id() + " / " + baseline.jvm().id() + ")", false, false,
                    b.categories(), b.series(), notes));
        }
        return out;
    }

    private static String matchKey(BenchResult r) {
        return r.benchClass() + "." + r.method() + " " + r.owner() + " " + key(r);
    }

    private static String key(BenchResult r) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(r.params()).forEach((k, v) -> {
            if (!k.equals(r.ownerParam())) {
                sb.append(sb.length() == 0 ? "" : " ").append(v);
            }
        });
        if (r.threads() != 1) {
            sb.append(" t=").append(r.threads());
        }
        return sb.toString();
    }
}
