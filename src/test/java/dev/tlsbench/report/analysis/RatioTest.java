package dev.tlsbench.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.stats.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratios carry a 95% bootstrap interval over both cells' forks and iterations, and a verdict: a
 * one-fork side is never a winner, and fork-to-fork variance widens the interval. (How the ratio
 * chart draws them: chart.RatioChartTest.)
 */
class RatioTest {

    @TempDir
    Path tmp;

    /** A cell of {@code forks} forks of 5 iterations around the given fork levels, 0.5% iteration noise (seeded). */
    private static Evidence cell(long seed, double... levels) {
        Random r = new Random(seed);
        List<List<Double>> raw = new ArrayList<>();
        for (double l : levels) {
            List<Double> f = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                f.add(l * (1 + 0.005 * r.nextGaussian()));
            }
            raw.add(f);
        }
        double score = raw.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow();
        return Evidence.of(score, Double.NaN, raw, "cell" + seed);
    }

    @Test
    void forkToForkVarianceWidensTheRatioInterval() {
        // the other cell's two forks settle 20% apart; the same samples pooled into one fork hide that
        Evidence base = cell(1, 1000, 1000);
        Evidence twoLevels = cell(2, 1800, 2200);
        Evidence pooled = Evidence.of(twoLevels.score(), Double.NaN, List.of(twoLevels.raw().stream().flatMap(List::stream).toList()), "p");
        Ratio forks = Ratio.of(base, twoLevels);
        Ratio iterations = Ratio.of(base, pooled);
        assertEquals(2.0, forks.value(), 0.01);
        // forks drawn with replacement: a quarter of the resamples are both forks at 1800, a quarter both at 2200
        assertTrue(forks.lo() < 1.85 && forks.hi() > 2.15, forks.text());
        assertTrue(forks.hi() - forks.lo() > 1.5 * (iterations.hi() - iterations.lo()), forks.text() + " vs " + iterations.text());
    }

    @Test
    void cellsWhoseForksRanInTheSameRoundsArePairedAndAHostDriftCancels() {
        // both cells' fork 2 ran 15% slower (the host, not the code): paired, the ratio stays narrow
        List<List<Double>> a = List.of(List.of(1000.0, 1004.0, 998.0, 1001.0, 999.0), List.of(850.0, 853.0, 849.0, 851.0, 848.0));
        List<List<Double>> b = List.of(List.of(2000.0, 2006.0, 1996.0, 2003.0, 1999.0), List.of(1700.0, 1704.0, 1697.0, 1702.0, 1699.0));
        Evidence ra = Evidence.of(925, Double.NaN, a, "a", List.of(1, 2));
        Evidence rb = Evidence.of(1850, Double.NaN, b, "b", List.of(1, 2));
        Ratio paired = Ratio.of(ra, rb);
        assertTrue(paired.bootstrap().paired());
        Ratio apart = Ratio.of(Evidence.of(925, Double.NaN, a, "a"), Evidence.of(1850, Double.NaN, b, "b"));
        assertFalse(apart.bootstrap().paired(), "no rounds recorded: resampled independently");
        assertFalse(Ratio.of(ra, Evidence.of(1850, Double.NaN, b, "b", List.of(1, 3))).bootstrap().paired(), "different rounds");
        assertTrue(paired.hi() - paired.lo() < (apart.hi() - apart.lo()) / 3,
                "paired " + paired.interval() + " vs independent " + apart.interval());
    }

    @Test
    void forksThatSettledApartStillDecideButAForkStillWarmingDoesNot() {
        // each fork flat, the two forks 12% apart (they disagree: marked), the other cell 3x faster:
        // the fork-level interval carries the spread and still excludes 1
        Evidence apart = cell(11, 1000, 1120);
        Evidence fast = cell(12, 3000, 3100);
        assertFalse(apart.steady(), "forks 12% apart are marked");
        assertEquals(Verdict.Kind.WINNER, Ratio.of(apart, fast).verdict().kind(), Ratio.of(apart, fast).verdict().text());
        // a fork that climbed and then settled within its samples counts from where it settled
        List<List<Double>> settledLate = List.of(List.of(600.0, 700.0, 800.0, 1000.0, 1000.0, 1001.0, 999.0, 1000.0),
                List.of(1000.0, 1002.0, 998.0, 1001.0, 999.0, 1000.0, 1001.0, 1000.0));
        Evidence late = Evidence.of(950, Double.NaN, settledLate, "late");
        assertEquals(1000.0, late.score(), 0.5, "its first three samples were warmup");
        assertEquals(Verdict.Kind.WINNER, Ratio.of(late, fast).verdict().kind());
        // a fork still climbing at its end is not the level it would stay at: set aside, and one
        // settled fork beside it does not decide
        List<List<Double>> climbing = List.of(List.of(600.0, 650.0, 700.0, 750.0, 800.0, 850.0, 900.0, 950.0),
                List.of(1000.0, 1002.0, 998.0, 1001.0, 999.0, 1000.0, 1001.0, 1000.0));
        Evidence warming = Evidence.of(950, Double.NaN, climbing, "warming");
        assertEquals(Verdict.Kind.UNDECIDED, Ratio.of(warming, fast).verdict().kind());
        assertTrue(Ratio.of(warming, fast).verdict().unsettled(), Ratio.of(warming, fast).verdict().why());
    }

    @Test
    void aOneForkSideIsNeverAWinner() {
        // 2x, far beyond the iterations' noise, but the JDK side ran one fork
        Ratio r = Ratio.of(cell(3, 1000), "JDK", cell(4, 2000, 2000), "ACCP");
        assertTrue(r.lo() > 1.9, r.text());
        assertFalse(r.significant());
        assertEquals(Verdict.Kind.UNDECIDED, r.verdict().kind());
        assertTrue(r.verdict().why().startsWith("one fork (JDK has one)"), r.verdict().why());
        Ratio two = Ratio.of(cell(3, 1000, 1000), cell(4, 2000, 2000));
        assertTrue(two.significant(), two.verdict().text());
    }

    @Test
    void oneSampleHasNoInterval() {
        Ratio none = Ratio.of(cell(5, 1000, 1000), Evidence.of(5, Double.NaN, List.of(List.of(5.0)), "one"));
        assertFalse(none.hasInterval());
        assertFalse(none.significant(), "no error estimate: never called a difference");
        assertTrue(none.text().endsWith("x (no interval)"), none.text());
    }

    @Test
    void jdk25AgainstJdk17MatchesTheCellsMeasuredInBoth() {
        List<JvmRun> runs = Fixtures.load(Fixtures.handmade(tmp));
        List<Comparison.Row> rows = Comparison.rows(Fixtures.run(runs, "jdk17"), Fixtures.run(runs, "jdk25"));
        // jdk25 measured AES-GCM (8 cells) and RSA key transport server (4); on jdk17 Conscrypt's server cell is a harness limit
        assertEquals(11, rows.size());
        Comparison.Row jdk = rows.stream().filter(r -> r.owner().equals("JDK") && "16384".equals(r.base().param("size"))).findFirst().orElseThrow();
        // 400 000 over 200 000, two steady forks of ±0.5% each side: 2x, decided
        assertEquals(2.0, jdk.ratio().value(), 1e-9);
        assertTrue(jdk.ratio().lo() > 1.98 && jdk.ratio().lo() < 2 && jdk.ratio().hi() > 2 && jdk.ratio().hi() < 2.02, jdk.ratio().text());
        assertEquals("winner: 2.00x [" + String.format(java.util.Locale.ROOT, "%.2f–%.2f", jdk.ratio().lo(), jdk.ratio().hi()) + "]",
                jdk.ratio().verdict().text());
    }
}
