package dev.tlsbench.report.chart;

import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.input.FamilyPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A forest plot of ratios: one row per compared cell (its owners side by side), the ratio on a
 * log2 axis with its interval, a line at 1 (no change). Above 1: faster than the baseline.
 */
final class RatioChart {

    private RatioChart() {
    }

    /** The most points a row of {@code m} holds side by side: its height follows. */
    static int perRow(ChartModel m) {
        Map<Long, Integer> counts = new HashMap<>();
        m.series().forEach(s -> s.points().forEach(p -> counts.merge(Math.round(p.x()), 1, Integer::sum)));
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** @param category the row a compared cell goes in (its description, or a headline question) */
    static ChartModel of(String id, String title, String subtitle, String axisLabel, List<Comparison.Row> rows,
                         Function<Comparison.Row, String> category, List<String> caption) {
        List<String> categories = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(category).toList()));
        List<String> owners = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(Comparison.Row::owner).toList()));
        // within a row, its own owners side by side (a row of stacks does not leave room for providers)
        Map<String, List<String>> inRow = new LinkedHashMap<>();
        rows.forEach(r -> {
            List<String> os = inRow.computeIfAbsent(category.apply(r), k -> new ArrayList<>());
            if (!os.contains(r.owner())) {
                os.add(r.owner());
            }
        });
        Footnotes notes = new Footnotes();
        List<ChartModel.Series> series = new ArrayList<>();
        List<MarkDraft> pending = new ArrayList<>();
        for (int oi = 0; oi < owners.size(); oi++) {
            String owner = owners.get(oi);
            FamilyPlan family = rows.stream().filter(r -> r.owner().equals(owner)).findFirst().orElseThrow().family();
            String label = family.ownerLabel(owner);
            List<ChartModel.Point> points = new ArrayList<>();
            for (Comparison.Row r : rows) {
                if (!r.owner().equals(owner)) {
                    continue;
                }
                List<String> row = inRow.get(category.apply(r));
                double pos = categories.indexOf(category.apply(r)) + FamilyCharts.offset(row.indexOf(owner), row.size());
                Ratio q = r.ratio();
                points.add(new ChartModel.Point(pos, q.value(), q.lo(), q.hi(), r.base().cell().key()));
                if (!r.weak().isEmpty()) {
                    String why = r.weak().contains("not steady") ? "a side is not steady"
                            : r.weak().contains("imprecise") ? "a side is imprecise (95% interval wider than ±5%)" : "a side has too little evidence";
                    notes.add(ChartModel.MarkKind.WEAK, why, label, category.apply(r));
                    pending.add(new MarkDraft(ChartModel.MarkKind.WEAK, why, pos, q.value(), owner, label, r.base().cell().key()));
                }
            }
            series.add(new ChartModel.Series(label, owner, family.look(owner), ChartModel.LineStyle.NONE, ChartModel.Fill.FILLED, false, true, points));
        }
        List<ChartModel.Mark> marks = MarkDraft.numbered(pending, notes);
        List<String> cap = new ArrayList<>(caption);
        cap.add("Ratio intervals: 95%, by bootstrap of both cells (forks, then iterations; iterations only for a one-fork cell);"
                + " only cells measured in both runs are shown.");
        return new ChartModel(id, title, subtitle, ChartModel.XAxis.categories("", categories),
                new ChartModel.YAxis(axisLabel, ChartModel.Scale.LOG2), true, series, marks,
                List.of(new ChartModel.Reference("1 = no change", 1.0, List.of())), notes.numbered(), cap);
    }
}
