package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.results.CalibrationFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pass rule on made-up pairs: (a) the full score inside quick's interval, (b) the ratio's
 * interval inside [0.90, 1.10]; a cell passes only with both, whatever its point estimate.
 */
class CalibrationCheckTest {

    /** Two forks of five samples around {@code level}, spread by {@code spread} (relative). */
    private static List<List<Double>> forks(double level, double spread) {
        double[] shape = {0, 1, -1, 0.5, -0.5};
        return List.of(samples(level, spread, shape, 1), samples(level, spread, shape, -1));
    }

    private static List<Double> samples(double level, double spread, double[] shape, int sign) {
        return java.util.Arrays.stream(shape).map(s -> level * (1 + sign * s * spread)).boxed().toList();
    }

    private static CalibrationCheck check(List<List<Double>> quick, List<List<Double>> full) {
        return CalibrationCheck.of("jdk17 cell", quick, full, true);
    }

    @Test
    void aTightQuickOnTheFullScorePasses() {
        CalibrationCheck c = check(forks(100, 0.01), forks(100.2, 0.005));
        assertTrue(c.fullInQuick(), c.verdict());
        assertTrue(c.ratioWithinBound(), c.verdict());
        assertTrue(c.passed());
        assertEquals("pass", c.verdict());
    }

    @Test
    void aFullScoreOutsideQuicksIntervalFailsThoughTheRatioIsWithinTenPercent() {
        CalibrationCheck c = check(forks(100, 0.005), forks(104, 0.005));
        assertFalse(c.fullInQuick(), c.quick() + " " + c.full());
        assertTrue(c.ratioWithinBound(), c.ratio().toString());
        assertFalse(c.passed());
        assertTrue(c.verdict().startsWith("FAIL: full 104 outside quick's interval ["), c.verdict());
    }

    @Test
    void aRatioIntervalReachingPastTenPercentFailsThoughThePointEstimateIsOne() {
        CalibrationCheck c = check(forks(100, 0.25), forks(100, 0.005));
        assertEquals(1.0, c.ratio().value(), 1e-9);
        assertTrue(c.fullInQuick(), c.quick().toString());
        assertFalse(c.ratioWithinBound(), c.ratio().toString());
        assertFalse(c.passed());
        assertTrue(c.verdict().startsWith("FAIL: quick/full interval ["), c.verdict());
        assertTrue(c.verdict().endsWith("not inside [0.90, 1.10]"), c.verdict());
    }

    @Test
    void bothConditionsFailingAreBothNamed() {
        CalibrationCheck c = check(forks(100, 0.005), forks(125, 0.005));
        assertFalse(c.fullInQuick());
        assertFalse(c.ratioWithinBound());
        assertTrue(c.verdict().contains("outside quick's interval") && c.verdict().contains("; quick/full interval"), c.verdict());
    }

    @Test
    void oneForkASideSaysItsIntervalIsIterationsOnly() {
        CalibrationCheck c = CalibrationCheck.of("k", List.of(List.of(100.0, 101.0, 99.0)), List.of(List.of(100.0, 100.5, 99.5)), false);
        assertTrue(c.design().contains("iterations only"), c.design());
    }

    @Test
    void theSummaryGivesPrecisionAndAccuracy() {
        List<CalibrationCheck> checks = List.of(check(forks(100, 0.01), forks(100, 0.005)), check(forks(100, 0.05), forks(98, 0.005)),
                check(forks(100, 0.25), forks(100, 0.005)));
        CalibrationFile.Summary s = CalibrationSummary.of("jdk17", 4, checks);
        assertEquals(4, s.sampled());
        assertEquals(3, s.measured());
        assertEquals(3, s.quickHalfWidth().n());
        assertEquals(checks.get(2).quick().halfWidth(), s.quickHalfWidth().max(), 1e-12);
        assertEquals(checks.get(1).quick().halfWidth(), s.quickHalfWidth().median(), 1e-12);
        assertTrue(s.quickHalfWidth().p90() > s.quickHalfWidth().median() && s.quickHalfWidth().p90() <= s.quickHalfWidth().max());
        assertEquals(1.0, s.ratio().min(), 1e-9);
        assertEquals(100 / 98.0, s.ratio().max(), 1e-9);
        assertEquals(checks.stream().filter(CalibrationCheck::passed).count(), s.passed());
        assertTrue(CalibrationSummary.text(s).contains("precision, quick interval half-width: median ±"), CalibrationSummary.text(s));
    }
}
