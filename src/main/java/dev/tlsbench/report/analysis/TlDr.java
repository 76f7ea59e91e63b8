package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's first paragraph per JVM, generated from the decided answers only: how many of the
 * headline's questions the run decided, each decided one with its winner (or tie) and speed-up, and
 * the undecided ones named, so a reader quoting the first lines cannot quote an undecided winner.
 */
public final class TlDr {

    private TlDr() {
    }

    /** "7 of 11 headline questions decided at 95%: ...; undecided: ... ." or why there is nothing to say. */
    public static String of(JvmRun run) {
        List<String> decided = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> unsettled = new ArrayList<>();
        for (Question q : Question.winners(run)) {
            Winner w = Winner.of(run, q);
            if (w.best().isEmpty()) {
                continue;
            }
            CellOutcome best = w.best().get();
            if (w.decided()) {
                decided.add(q.text() + ": " + best.family().ownerLabel(best.owner()) + ", " + w.verdictText());
            } else if (w.verdict().map(r -> r.verdict().unsettled()).orElse(false)) {
                unsettled.add(q.text());
            } else {
                undecided.add(q.text());
            }
        }
        int asked = decided.size() + undecided.size() + unsettled.size();
        if (asked == 0) {
            return "No headline question was measured in this run.";
        }
        StringBuilder sb = new StringBuilder(decided.size() + " of " + asked + " headline questions decided at 95%");
        sb.append(decided.isEmpty() ? "." : ": " + String.join("; ", decided) + ".");
        if (!unsettled.isEmpty()) {
            sb.append(" Undecided because a side lacks two settled forks (forks with no flat run of five samples at their end:"
                    + " still climbing, falling, or changing level; forks that settle decide them, which the runner makes longer, not"
                    + " more forks of the same length): ").append(String.join("; ", unsettled)).append('.');
        }
        if (!undecided.isEmpty()) {
            sb.append(" Undecided for want of evidence (more forks would decide them; see each row's reason): ")
                    .append(String.join("; ", undecided)).append('.');
        }
        return sb.toString();
    }
}
