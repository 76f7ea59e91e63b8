package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict's boundaries: winner, tie band, straddling, one fork, not steady. */
class VerdictTest {

    private static final Verdict.Side A = new Verdict.Side("JDK", 3, 0, true);
    private static final Verdict.Side B = new Verdict.Side("BC", 3, 0, true);

    private static RatioInterval r(double v, double lo, double hi) {
        return new RatioInterval(v, lo, hi, 0.95, false, false);
    }

    @Test
    void anIntervalAboveOneIsAWinner() {
        Verdict v = Verdict.of(r(1.2, 1.1, 1.3), A, B);
        assertEquals(Verdict.Kind.WINNER, v.kind());
        assertEquals(1, v.winner());
        assertEquals("winner: 1.20x [1.10–1.30]", v.text());
    }

    @Test
    void anIntervalBelowOneMakesTheBaseTheWinnerWithItsSpeedUp() {
        Verdict v = Verdict.of(r(0.5, 0.4, 0.625), A, B);
        assertEquals(-1, v.winner());
        assertEquals("2.00x [1.60–2.50]", v.speedUp());
    }

    @Test
    void anIntervalInsideThreePercentIsATie() {
        assertEquals(Verdict.Kind.TIE, Verdict.of(r(1.0, 0.98, 1.02), A, B).kind());
        assertEquals(Verdict.Kind.TIE, Verdict.of(r(1.015, 1.005, 1.029), A, B).kind(), "excludes 1 but under 3%");
        assertEquals(Verdict.Kind.WINNER, Verdict.of(r(1.04, 1.01, 1.031), A, B).kind(), "leaves the band");
    }

    @Test
    void aStraddlingWideIntervalIsUndecidedWithTheForksNeeded() {
        // log half-width ln(1.2)=0.182 at r = 1.05 (ln 0.0488): 3 x (0.182 / 0.0488)^2 = 41.8
        Verdict v = Verdict.of(r(1.05, 1.05 / 1.2, 1.05 * 1.2), A, B);
        assertEquals(Verdict.Kind.UNDECIDED, v.kind());
        assertTrue(v.why().contains("straddles 1") && v.why().contains("about 42 forks"), v.why());
    }

    @Test
    void aOneForkSideIsNeverDecided() {
        Verdict v = Verdict.of(r(3, 2.5, 3.5), new Verdict.Side("JDK", 1, 0, true), B);
        assertEquals(Verdict.Kind.UNDECIDED, v.kind());
        assertEquals("undecided: one fork (JDK has one), fork-to-fork variance unknown; run at least 2 forks per side", v.text());
    }

    @Test
    void aSideThatIsNotSteadyIsNeverDecided() {
        Verdict v = Verdict.of(r(3, 2.5, 3.5), A, new Verdict.Side("BC", 3, 0, false));
        assertEquals(Verdict.Kind.UNDECIDED, v.kind());
        assertTrue(v.why().startsWith("BC's forks did not settle"), v.why());
        assertTrue(v.unsettled(), "more forks cannot decide it: " + v.why());
        assertTrue(Verdict.of(r(3, 2.5, 3.5), new Verdict.Side("JDK", 3, 0, false), new Verdict.Side("BC", 3, 0, false)).unsettled());
        assertFalse(Verdict.of(r(3, 0.5, 3.5), A, B).unsettled(), "straddles 1: more forks decide it");
        assertFalse(Verdict.of(r(3, 2.5, 3.5), A, B).unsettled(), "decided");
    }

    private static final List<Double> FLAT = List.of(100.0, 101.0, 99.0, 100.5, 99.5, 100.0);
    private static final List<Double> STEP_AT_THE_END = List.of(100.0, 101.0, 99.0, 100.5, 130.0, 131.0);

    private static List<Double> times(List<Double> fork, double k) {
        return fork.stream().map(x -> x * k).toList();
    }

    @Test
    void aForkSetAsideUnpairsTheSidesAndNoKeptForkIsDropped() {
        List<List<Double>> base = List.of(FLAT, times(FLAT, 1.01), times(FLAT, 0.99));
        List<List<Double>> other = List.of(times(FLAT, 2), STEP_AT_THE_END, times(FLAT, 2.02));
        Verdict v = Verdict.compare("JDK", base, List.of(1, 2, 3), "BC", other, List.of(1, 2, 3));
        assertFalse(v.ratio().paired(), "round 2 has no pair on BC's side: " + v.ratio().design());
        assertEquals(Verdict.Kind.WINNER, v.kind(), v.text());
        assertEquals(201.0 / 100.0, v.ratio().value(), 1e-9, "all three of JDK's forks against BC's two kept ones: the cells' estimates");

        Verdict pairedWhenAllKept = Verdict.compare("JDK", base, List.of(1, 2, 3), "BC", List.of(times(FLAT, 2), times(FLAT, 2.01),
                times(FLAT, 2.02)), List.of(1, 2, 3));
        assertTrue(pairedWhenAllKept.ratio().paired());
    }

    @Test
    void aSideLeftWithOneSettledForkIsUnsettledNotShortOfForks() {
        List<List<Double>> base = List.of(FLAT, times(FLAT, 1.01));
        List<List<Double>> other = List.of(times(FLAT, 2), STEP_AT_THE_END);
        Verdict v = Verdict.compare("JDK", base, List.of(1, 2), "BC", other, List.of(1, 2));
        assertEquals(Verdict.Kind.UNDECIDED, v.kind());
        assertTrue(v.unsettled(), v.why());
        assertTrue(v.why().startsWith("BC's forks did not settle"), v.why());
    }
}
