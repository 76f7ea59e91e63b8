package dev.tlsbench.run;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.stats.Steadiness;
import dev.tlsbench.stats.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which cells another fork would help most: the two cells of each headline question still
 * undecided, judged as the report judges it (the fastest owner against the runner-up: ratio of
 * their fork samples with its 95% interval, paired when their forks ran in the same rounds, then
 * {@link Verdict}). A question whose sides have a fork that did not settle within itself is left
 * out: more forks cannot settle that one. The questions nearest to a decision come first (fewest
 * forks per side still missing, as {@link Verdict#forksNeeded} estimates), so a short budget decides as many
 * as it can. Both cells of a question get their next fork in the same round, which keeps their
 * ratio paired.
 */
final class UndecidedQuestions {

    /** What the selection reads of a cell: the samples of each kept fork and the round each ran in. */
    interface Forks {
        List<List<Double>> samples(Cell cell);

        List<Integer> rounds(Cell cell);
    }

    /** One undecided question's fastest cell and runner-up, and about how many more forks per side would decide it. */
    record Pair(Headline question, Plan.Planned best, Plan.Planned runnerUp, int forksNeeded) {
    }

    private UndecidedQuestions() {
    }

    /**
     * The undecided questions of the plan's families (the winner questions the page counts), nearest
     * to a decision first; cells in {@code open} only (measured, still taking forks).
     */
    static List<Pair> of(List<Plan.Planned> plan, Forks forks, Predicate<Plan.Planned> open) {
        Set<Family> families = new LinkedHashSet<>();
        plan.forEach(p -> families.add(p.family()));
        List<Pair> out = new ArrayList<>();
        for (Family f : families) {
            for (Headline q : f.headline()) {
                if (!q.winner()) {
                    continue;
                }
                List<Plan.Planned> cells = plan.stream()
                        .filter(p -> p.family() == f && answers(q, p.cell()) && open.test(p) && !forks.samples(p.cell()).isEmpty())
                        .sorted(Comparator.comparingDouble((Plan.Planned p) -> mean(forks.samples(p.cell()))).reversed())
                        .toList();
                if (cells.size() < 2) {
                    continue;
                }
                Plan.Planned best = cells.get(0);
                Plan.Planned runnerUp = cells.get(1);
                List<List<Double>> b = forks.samples(best.cell());
                List<List<Double>> r = forks.samples(runnerUp.cell());
                // judged by the same comparison as the report's (runner-up as base, as report/analysis/Winner has it)
                Verdict v = Verdict.compare("runner-up", r, forks.rounds(runnerUp.cell()), "best", b, forks.rounds(best.cell()));
                // a fork that never settled is not cured by more forks, whatever else holds the verdict up
                boolean settled = Steadiness.of(b).forksSettled() && Steadiness.of(r).forksSettled();
                if (v.decided() || !settled || !v.ratio().hasInterval()) {
                    continue;
                }
                int have = Math.min(b.size(), r.size());
                out.add(new Pair(q, best, runnerUp, Math.max(1, Verdict.forksNeeded(v.ratio(), have) - have)));
            }
        }
        out.sort(Comparator.comparingInt(Pair::forksNeeded));
        return out;
    }

    /** The cell answers the question: its method, and every axis the question fixes at its value. */
    static boolean answers(Headline q, Cell cell) {
        String b = cell.benchmark();
        if (!b.substring(b.lastIndexOf('.') + 1).equals(q.method())) {
            return false;
        }
        for (Map.Entry<String, String> e : q.at().entrySet()) {
            if (!e.getValue().equals(cell.params().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The mean of every sample, as JMH scores a cell. */
    private static double mean(List<List<Double>> forks) {
        return forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
