package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.Negotiated;
import dev.tlsbench.stats.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer to one headline question on one JVM: the fastest owner and the verdict of its
 * comparison with the runner-up (the next fastest): a winner with the speed-up and its 95% interval,
 * a tie within 3%, or undecided with the reason; its speed-up over the JDK's own provider or stack
 * with its verdict; and its fraction of the native baseline where there is a like-for-like one.
 *
 * @param best     the fastest measured cell, or empty (then {@code why} says why)
 * @param runnerUp the next fastest measured cell, empty when only one owner was measured
 * @param verdict  best vs runner-up (ratio best / runner-up), empty without a runner-up
 * @param overJdk  best / JDK's own, empty when the best is the JDK's own or the JDK's own was not measured
 * @param jdkOwner the JDK's own owner's name, or ""
 * @param ofNative best / native rate, NaN without a comparable native measurement
 * @param differentWork  "" when best and runner-up did the same work on the wire (or are not SSLEngine
 *                       connections), else what each negotiated and sent: their ratio compares different work
 * @param jdkDifferentWork the same for best and the JDK's own
 */
public record Winner(Question question, Optional<CellOutcome> best, Optional<CellOutcome> runnerUp, Optional<Ratio> verdict,
              Optional<Ratio> overJdk, String jdkOwner, double ofNative, String why, String differentWork, String jdkDifferentWork) {

    public static Winner of(JvmRun run, Question q) {
        List<CellOutcome> measured = new ArrayList<>();
        Map<String, Integer> states = new TreeMap<>();
        for (String owner : q.owners(run)) {
            Optional<CellOutcome> c = q.cell(run, owner);
            c.ifPresent(o -> states.merge(o.status().label(), 1, Integer::sum));
            c.filter(CellOutcome::measured).ifPresent(measured::add);
        }
        String jdkOwner = q.jdkOwner(run).orElse("");
        if (measured.isEmpty()) {
            String why = states.isEmpty() ? "not in this run"
                    : "nothing measured: " + String.join(", ", states.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
            return new Winner(q, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), jdkOwner, Double.NaN, why, "", "");
        }
        measured.sort(Comparator.comparingDouble(CellOutcome::score).reversed());
        CellOutcome best = measured.get(0);
        Optional<CellOutcome> runnerUp = measured.stream().skip(1).findFirst();
        Optional<Ratio> verdict = runnerUp.map(r -> ratio(r, best));
        Optional<CellOutcome> jdk = best.owner().equals(jdkOwner) ? Optional.empty()
                : measured.stream().filter(o -> o.owner().equals(jdkOwner)).findFirst();
        Optional<Ratio> overJdk = jdk.map(j -> ratio(j, best));
        return new Winner(q, Optional.of(best), runnerUp, verdict, overJdk, jdkOwner, ofNative(run, best), "",
                runnerUp.map(r -> differentWork(run, best, r)).orElse(""), jdk.map(j -> differentWork(run, best, j)).orElse(""));
    }

    /**
     * "" when the two cells did the same work on the wire, or when the run's attribution does not say
     * what they negotiated (cells that are no SSLEngine connection); else each one's negotiated work,
     * so a ratio between them is never read as like for like (the stacks' defaults differ).
     */
    static String differentWork(JvmRun run, CellOutcome a, CellOutcome b) {
        Optional<Negotiated> na = run.negotiated(a);
        Optional<Negotiated> nb = run.negotiated(b);
        if (na.isEmpty() || nb.isEmpty() || na.get().sameWork(nb.get())) {
            return "";
        }
        return "different work: " + a.family().ownerLabel(a.owner()) + " " + na.get().text() + "; "
                + b.family().ownerLabel(b.owner()) + " " + nb.get().text();
    }

    /** other / base, the sides named by their owners. */
    private static Ratio ratio(CellOutcome base, CellOutcome other) {
        return Ratio.of(base.evidence(), base.family().ownerLabel(base.owner()), other.evidence(), other.family().ownerLabel(other.owner()));
    }

    /** True when the question is decided: a winner or a tie (or only one owner measured: nothing to compare). */
    public boolean decided() {
        return best.isPresent() && verdict.map(r -> r.verdict().decided()).orElse(true);
    }

    /**
     * The verdict for people: "winner over BC: 1.85x [1.62–2.11]", "tie with BC: equal within 3% (...)",
     * "undecided vs BC: one fork ...", or "only one measured".
     */
    public String verdictText() {
        if (best.isEmpty()) {
            return "";
        }
        if (verdict.isEmpty()) {
            return "only " + best.get().family().ownerLabel(best.get().owner()) + " measured";
        }
        String other = runnerUp.orElseThrow().family().ownerLabel(runnerUp.orElseThrow().owner());
        Verdict v = verdict.get().verdict();
        String text = switch (v.kind()) {
            case WINNER -> "winner over " + other + ": " + v.speedUp();
            case TIE -> "tie with " + other + ": " + v.text().substring("tie: ".length());
            case UNDECIDED -> "undecided vs " + other + ": " + v.why();
        };
        return differentWork.isEmpty() ? text : text + " — " + differentWork;
    }

    /** A cell's score as a fraction of the native rate of the same operation (NaN when there is none). */
    public static double ofNative(JvmRun run, CellOutcome c) {
        return NativeMatch.of(run.baseline(), c.family(), c.method(), c.cell().params())
                .map(n -> c.score() / n.opsPerSecond()).orElse(Double.NaN);
    }
}
