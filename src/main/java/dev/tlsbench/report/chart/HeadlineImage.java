package dev.tlsbench.report.chart;

import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.analysis.Winner;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.stats.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's shareable picture (charts/headline.png and .svg): every decided headline answer of
 * every JVM of the report, one row each, as the fastest owner's speed over the next fastest with its
 * 95% interval on a log2 axis (a tie sits at 1 with its interval inside ±3%), in the winner's
 * colour; how many questions each JVM decided, and what was compared where the two did different
 * work, under it. Undecided answers are not drawn (the TL;DR names them), so the picture cannot
 * be quoted for a winner the run did not decide.
 */
final class HeadlineImage {

    static final String ID = "headline";

    private HeadlineImage() {
    }

    /** The picture, or empty when no JVM of the report decided a comparison. */
    static Optional<ChartModel> of(ReportInputs in) {
        List<String> categories = new ArrayList<>();
        Map<String, List<ChartModel.Point>> byOwner = new LinkedHashMap<>();
        Map<String, FamilyPlan> ownerFamily = new LinkedHashMap<>();
        List<String> caption = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (JvmRun run : in.runs()) {
            int asked = 0;
            int decided = 0;
            for (Question q : Question.winners(run)) {
                Winner w = Winner.of(run, q);
                if (w.best().isEmpty()) {
                    continue;
                }
                asked++;
                if (!w.decided()) {
                    continue;
                }
                decided++;
                if (w.verdict().isEmpty()) {
                    continue; // one owner measured: nothing compared
                }
                CellOutcome best = w.best().get();
                CellOutcome next = w.runnerUp().orElseThrow();
                Ratio r = w.verdict().get();
                boolean tie = r.verdict().kind() == Verdict.Kind.TIE;
                String who = best.family().ownerLabel(best.owner()) + (tie ? " ties with " : " over ")
                        + next.family().ownerLabel(next.owner());
                String row = run.label(in.multiDir()) + " · " + q.text() + ": " + who + (w.differentWork().isEmpty() ? "" : " (different work)");
                double at = categories.size();
                categories.add(row);
                byOwner.computeIfAbsent(best.owner(), o -> new ArrayList<>()).add(new ChartModel.Point(at, r.value(), r.lo(), r.hi(),
                        best.cell().key()));
                ownerFamily.putIfAbsent(best.owner(), best.family());
                if (!w.differentWork().isEmpty()) {
                    caption.add(run.label(in.multiDir()) + " · " + q.text() + ": " + w.differentWork());
                }
            }
            counts.add(run.jvm().label() + ": " + decided + " of " + asked + " decided");
        }
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        List<ChartModel.Series> series = new ArrayList<>();
        byOwner.forEach((owner, points) -> {
            FamilyPlan f = ownerFamily.get(owner);
            series.add(new ChartModel.Series(f.ownerLabel(owner), owner, f.look(owner), ChartModel.LineStyle.NONE, ChartModel.Fill.FILLED,
                    false, true, points));
        });
        JvmRun first = in.runs().get(0);
        List<String> lines = new ArrayList<>();
        lines.add("Decided at 95% (" + String.join("; ", counts) + "). Undecided answers are not drawn: the TL;DR of index.html names them.");
        lines.addAll(caption);
        lines.add(Captions.machine(first.env()) + " · profile " + first.plan().profile() + " · started " + first.env().started());
        lines.add("Ratio: the fastest's score / the next fastest's with the 95% interval of the ratio; winner: the interval excludes 1;"
                + " tie: it lies within ±3% (index.html: how intervals and verdicts are computed).");
        List<String> dirs = in.runs().stream().map(r -> r.dir().getFileName().toString()).distinct().toList();
        return Optional.of(new ChartModel(ID, "What TLS costs on the JVM: the decided headline answers", String.join(", ", dirs),
                ChartModel.XAxis.categories("", categories), new ChartModel.YAxis("fastest / next fastest (log scale)", ChartModel.Scale.LOG2),
                true, series, List.of(), List.of(new ChartModel.Reference("1 = equal", 1.0, List.of())), List.of(), lines));
    }
}
