package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * With few forks the intervals must still hold the true value about as often as they say: cells
 * of two forks whose levels scatter 3% around a known mean (the host or the JIT choosing per JVM),
 * simulated with a seeded generator. A percentile bootstrap alone covers far less than 95% of them;
 * widened to the fork-level t interval it covers about 95%. The same for ratios of two such cells
 * whose true ratio is 1: a "winner" is called at about the 5% a 95% interval allows, not more.
 */
class ForkLevelTTest {

    private static final int CELLS = 300;

    /** A cell of {@code forks} forks of 5 iterations: each fork's level is mean x (1 + 3% noise), iterations 0.5% around it. */
    private static List<List<Double>> cell(Random r, double mean, int forks) {
        List<List<Double>> out = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double level = mean * (1 + 0.03 * r.nextGaussian());
            List<Double> it = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                it.add(level * (1 + 0.005 * r.nextGaussian()));
            }
            out.add(it);
        }
        return out;
    }

    @Test
    void twoForkCellIntervalsCoverTheTrueMeanAsOftenAsTheySay() {
        Random r = new Random(42);
        int covered = 0;
        int widened = 0;
        for (int i = 0; i < CELLS; i++) {
            CellInterval c = CellInterval.of(cell(r, 1000, 2), "cell" + i);
            covered += c.lo() <= 1000 && 1000 <= c.hi() ? 1 : 0;
            widened += c.tWidened() ? 1 : 0;
        }
        assertTrue(covered >= 0.92 * CELLS, covered + " of " + CELLS + " cover the true mean");
        assertTrue(widened > 0.9 * CELLS, "two forks: the t interval is the wider one almost always (" + widened + ")");
    }

    @Test
    void equalCellsOfTwoForksAreRarelyCalledAWinner() {
        Random r = new Random(7);
        int winners = 0;
        for (int i = 0; i < CELLS; i++) {
            RatioInterval ratio = RatioInterval.of(cell(r, 1000, 2), cell(r, 1000, 2), false, "pair" + i);
            Verdict v = Verdict.of(ratio, new Verdict.Side("a", 2, 0, true), new Verdict.Side("b", 2, 0, true));
            winners += v.kind() == Verdict.Kind.WINNER ? 1 : 0;
        }
        assertTrue(winners <= 0.08 * CELLS, winners + " false winners of " + CELLS);
    }

    @Test
    void aLargeDifferenceIsStillDecidedWithTwoPairedForks() {
        // 3x apart, both forks of each pair moved alike by the host (-10% in round 2): the paired t
        // interval over the pairs' log ratios stays narrow enough to name the winner
        List<List<Double>> a = List.of(List.of(1000.0, 1003.0, 998.0, 1001.0, 999.0), List.of(900.0, 902.0, 899.0, 901.0, 898.0));
        List<List<Double>> b = List.of(List.of(3000.0, 3010.0, 2995.0, 3004.0, 2998.0), List.of(2712.0, 2705.0, 2698.0, 2703.0, 2700.0));
        RatioInterval paired = RatioInterval.of(a, b, true, "big");
        Verdict v = Verdict.of(paired, new Verdict.Side("a", 2, 0, true), new Verdict.Side("b", 2, 0, true));
        assertEquals(Verdict.Kind.WINNER, v.kind(), v.text());
        assertFalse(paired.lo() < 2.5, paired.toString());
    }
}
