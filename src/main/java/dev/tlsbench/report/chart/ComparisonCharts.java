package dev.tlsbench.report.chart;

import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ratio charts of a report: for every run against the baseline, one forest plot of the
 * headline cells (the headline's JDK B vs JDK A) and one per family with every matched cell.
 */
final class ComparisonCharts {

    private ComparisonCharts() {
    }

    /** The headline's ratio chart of {@code other} against {@code base}: the winners table's cells, per owner. */
    static Optional<ChartModel> headline(JvmRun base, JvmRun other, boolean multiDir) {
        Map<String, String> question = new LinkedHashMap<>();
        for (Question q : Question.winners(base)) {
            for (String owner : q.owners(base)) {
                q.cell(base, owner).ifPresent(c -> question.put(c.family().name() + " " + c.cell().key(), q.text()));
            }
        }
        List<Comparison.Row> rows = Comparison.rows(base, other).stream()
                .filter(r -> question.containsKey(r.family().name() + " " + r.base().cell().key())).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RatioChart.of(id("headline", base, other, multiDir, ""), title(base, other, multiDir),
                "The headline's questions: each owner's score on " + other.label(multiDir) + " / on " + base.label(multiDir),
                axis(base, other, multiDir), rows, r -> question.get(r.family().name() + " " + r.base().cell().key()),
                caption(base, other)));
    }

    /** One ratio chart per family with cells measured in both runs. */
    static List<ChartModel> families(JvmRun base, JvmRun other, boolean multiDir) {
        List<Comparison.Row> all = Comparison.rows(base, other);
        List<ChartModel> out = new ArrayList<>();
        for (FamilyPlan f : base.plan().families()) {
            List<Comparison.Row> rows = all.stream().filter(r -> r.family().name().equals(f.name())).toList();
            if (!rows.isEmpty()) {
                out.add(RatioChart.of(id("ratio", base, other, multiDir, f.name()), f.title() + ": " + title(base, other, multiDir),
                        f.name(), axis(base, other, multiDir), rows, Comparison.Row::what, caption(base, other)));
            }
        }
        return out;
    }

    private static String title(JvmRun base, JvmRun other, boolean multiDir) {
        return other.label(multiDir) + " vs " + base.label(multiDir);
    }

    private static String axis(JvmRun base, JvmRun other, boolean multiDir) {
        return "score on " + other.label(multiDir) + " / score on " + base.label(multiDir) + " (log scale) — above 1: faster on "
                + other.label(multiDir);
    }

    private static List<String> caption(JvmRun base, JvmRun other) {
        List<String> c = new ArrayList<>();
        c.add("Baseline " + base.label(true) + ": " + base.jvm().label() + " on " + Captions.machine(base.env()));
        c.add("Compared " + other.label(true) + ": " + other.jvm().label() + " on " + Captions.machine(other.env()));
        Map<String, String[]> diff = base.env().differences(other.env());
        if (!diff.isEmpty()) {
            c.add("WARNING: the machines differ (" + String.join(", ", diff.keySet()) + "): a ratio mixes the JVM with the machine");
        }
        return c;
    }

    private static String id(String kind, JvmRun base, JvmRun other, boolean multiDir, String family) {
        String b = (multiDir ? "r" + (base.index() + 1) + "-" : "") + base.id();
        String o = (multiDir ? "r" + (other.index() + 1) + "-" : "") + other.id();
        return FamilyCharts.slug(kind + "-" + o + "-vs-" + b + (family.isEmpty() ? "" : "-" + family));
    }
}
