package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer to one headline question on one JVM: the fastest owner, those it cannot be told apart
 * from (their ratio's interval includes 1), its speed-up over the JDK's own provider or stack with
 * the interval, and its fraction of the native baseline where there is a like-for-like one.
 *
 * @param best     the fastest measured cell, or empty (then {@code why} says why)
 * @param tied     owners within the measurement's noise of the best
 * @param overJdk  best / JDK's own, empty when the best is the JDK's own or the JDK's own was not measured
 * @param jdkOwner the JDK's own owner's name, or ""
 * @param ofNative best / native rate, NaN without a comparable native measurement
 */
public record Winner(Question question, Optional<CellOutcome> best, List<String> tied, Optional<Ratio> overJdk, String jdkOwner,
              double ofNative, String why) {

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
            return new Winner(q, Optional.empty(), List.of(), Optional.empty(), jdkOwner, Double.NaN, why);
        }
        CellOutcome best = measured.stream().max(Comparator.comparingDouble(CellOutcome::score)).orElseThrow();
        List<String> tied = new ArrayList<>();
        for (CellOutcome o : measured) {
            if (o != best && !Ratio.of(o.evidence(), best.evidence()).significant()) {
                tied.add(o.owner());
            }
        }
        Optional<Ratio> overJdk = best.owner().equals(jdkOwner) ? Optional.empty()
                : measured.stream().filter(o -> o.owner().equals(jdkOwner)).findFirst().map(j -> Ratio.of(j.evidence(), best.evidence()));
        return new Winner(q, Optional.of(best), tied, overJdk, jdkOwner, ofNative(run, best), "");
    }

    /** A cell's score as a fraction of the native rate of the same operation (NaN when there is none). */
    public static double ofNative(JvmRun run, CellOutcome c) {
        return NativeMatch.of(run.baseline(), c.family(), c.method(), c.cell().params())
                .map(n -> c.score() / n.opsPerSecond()).orElse(Double.NaN);
    }
}
