package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.Headline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adaptive rounds' choice of cells: the fastest and the runner-up of each undecided headline
 * question, judged on the kept forks as the report judges it; decided questions and questions a fork
 * that never settled holds up take none; the question nearest to a decision comes first.
 */
class UndecidedQuestionsTest {

    private List<Plan.Planned> plan;
    private final Map<String, List<List<Double>>> samples = new HashMap<>();
    private final UndecidedQuestions.Forks forks = new UndecidedQuestions.Forks() {
        @Override
        public List<List<Double>> samples(Cell cell) {
            return samples.getOrDefault(cell.key(), List.of());
        }

        @Override
        public List<Integer> rounds(Cell cell) {
            return IntStream.rangeClosed(1, samples(cell).size()).boxed().toList();
        }
    };

    @BeforeEach
    void quickPlan() {
        plan = Plan.of(RunOptions.parse(List.of("quick", "--families", "record"), ResultPaths.defaultJava())).cells();
    }

    /** The planned cells answering the {@code n}th winner question of the plan's record family. */
    private List<Plan.Planned> question(int n) {
        List<Headline> winners = plan.get(0).family().headline().stream().filter(Headline::winner).toList();
        Headline q = winners.get(n);
        List<Plan.Planned> cells = plan.stream().filter(p -> UndecidedQuestions.answers(q, p.cell())).toList();
        assertTrue(cells.size() >= 3, "a question with three owners or more in the quick plan: " + q);
        return cells;
    }

    /** Forks of five flat samples each at these levels (a tiny alternation: samples are never all equal). */
    private void forksAt(Plan.Planned p, double... levels) {
        List<List<Double>> f = new ArrayList<>();
        for (double level : levels) {
            f.add(List.of(level * 1.001, level * 0.999, level * 1.001, level * 0.999, level));
        }
        samples.put(p.cell().key(), f);
    }

    @Test
    void theFastestAndTheRunnerUpOfAnUndecidedQuestionTakeTheNextForks() {
        List<Plan.Planned> q = question(0);
        forksAt(q.get(0), 100, 116);   // runner-up: its two forks 16% apart
        forksAt(q.get(1), 112, 108);   // fastest by mean
        forksAt(q.get(2), 50, 51);
        List<UndecidedQuestions.Pair> pairs = UndecidedQuestions.of(plan, forks, p -> true);
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals(q.get(1), pairs.get(0).best());
        assertEquals(q.get(0), pairs.get(0).runnerUp());
        assertTrue(pairs.get(0).forksNeeded() > 2, pairs.toString());
    }

    @Test
    void aDecidedQuestionTakesNone() {
        List<Plan.Planned> q = question(0);
        forksAt(q.get(0), 100, 101, 100);
        forksAt(q.get(1), 150, 151, 149);
        forksAt(q.get(2), 50, 51, 50);
        assertEquals(List.of(), UndecidedQuestions.of(plan, forks, p -> true));
    }

    @Test
    void aSideWithoutTwoSettledForksTakesForksAndClosedCellsAreLeftOut() {
        List<Plan.Planned> q = question(0);
        forksAt(q.get(0), 100, 120);
        samples.put(q.get(1).cell().key(), List.of(List.of(80.0, 90.0, 100.0, 110.0, 120.0), List.of(108.0, 108.1, 107.9, 108.0, 108.0)));
        forksAt(q.get(2), 10, 10.1);
        List<UndecidedQuestions.Pair> unsettled = UndecidedQuestions.of(plan, forks, p -> true);
        assertEquals(1, unsettled.size(), "a fork still climbing is set aside: the fastest has one settled fork and needs another");
        assertEquals(q.get(1), unsettled.get(0).runnerUp(), "108 from its settled fork, below the other's 110");
        assertEquals(1, unsettled.get(0).forksNeeded());
        forksAt(q.get(1), 112, 108);
        assertEquals(List.of(), UndecidedQuestions.of(plan, forks, p -> p != q.get(1)),
                "without the fastest, the other two are 11x apart: decided even at two forks");
    }

    @Test
    void theQuestionNearestToADecisionComesFirst() {
        List<Plan.Planned> a = question(0);
        List<Plan.Planned> b = question(1);
        forksAt(a.get(0), 100, 120);
        forksAt(a.get(1), 112, 108);
        forksAt(b.get(0), 100, 104);
        forksAt(b.get(1), 111, 107);
        List<UndecidedQuestions.Pair> pairs = UndecidedQuestions.of(plan, forks, p -> true);
        assertEquals(2, pairs.size(), pairs.toString());
        assertEquals(b.get(1), pairs.get(0).best(), "the narrower interval first: " + pairs);
        assertTrue(pairs.get(0).forksNeeded() <= pairs.get(1).forksNeeded());
    }
}
