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
 * {@link Verdict}, on each side's steady windows). A question held up because a side has fewer than
 * two settled forks needs settled forks: it gets them like any other, and the runner makes those
 * forks longer ({@link Rounds#nextForkOf}). The questions nearest to a decision come first (fewest
 * forks per side still missing: as {@link Verdict#forksNeeded} estimates, or the settled forks a side
 * lacks), so a short budget decides as many as it can. Both cells of a question get their next fork in the same round, which keeps their
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
                if (v.decided()) {
                    continue;
                }
                if (v.unsettled()) {
                    // settled forks are what it lacks: the ones a side needs to have two
                    int settled = Math.min(Steadiness.of(b).settledForks(), Steadiness.of(r).settledForks());
                    out.add(new Pair(q, best, runnerUp, Math.max(1, 2 - settled)));
                    continue;
                }
                if (!v.ratio().hasInterval()) {
                    continue;
                }
                int have = Math.min(Steadiness.of(b).estimate().size(), Steadiness.of(r).estimate().size());
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

    /** The cell's estimate as the report publishes it: the mean of its steady windows' fork means. */
    private static double mean(List<List<Double>> forks) {
        return Steadiness.of(forks).estimate().stream()
                .mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)).average().orElse(Double.NaN);
    }
}
