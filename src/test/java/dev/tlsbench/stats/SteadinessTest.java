package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steady-state verdict on samples whose answer is known by construction. */
class SteadinessTest {

    @Test
    void flatNoisySamplesAreSteady() {
        Steadiness s = Steadiness.of(List.of(List.of(100.0, 104.0, 97.0, 102.0, 99.0, 103.0), List.of(101.0, 98.0, 103.0, 100.0, 99.0, 102.0)));
        assertTrue(s.steady(), s.reason());
        assertEquals("flat flat", s.classes());
    }

    @Test
    void aClimbingForkIsNotSteady() {
        // The JIT still at work: each sample ~8% above the last.
        Steadiness s = Steadiness.of(List.of(List.of(100.0, 108.0, 117.0, 126.0, 136.0, 147.0)));
        assertFalse(s.steady());
        assertTrue(s.reason().startsWith("did not settle: still climbing"), s.reason());
        assertEquals(0, s.setAside(), "with no fork settled, none is set aside: the estimate falls back to every sample");
        assertEquals(6, s.estimate().get(0).size());
    }

    @Test
    void aForkThatSettlesWhileMeasuredIsEstimatedFromWhereItSettled() {
        // still warming for four samples (a C2 recompile at the fifth), then flat for six
        List<Double> fork = List.of(700.0, 720.0, 735.0, 740.0, 1100.0, 1104.0, 1097.0, 1102.0, 1099.0, 1101.0);
        Steadiness s = Steadiness.of(List.of(fork, List.of(1098.0, 1103.0, 1100.0, 1101.0, 1097.0, 1102.0)));
        assertTrue(s.steady(), s.reason());
        assertEquals(List.of(fork.subList(4, 10), List.of(1098.0, 1103.0, 1100.0, 1101.0, 1097.0, 1102.0)), s.estimate());
        assertTrue(s.notes().startsWith("fork 1: settled after 4 of 10 samples"), s.notes());
        assertTrue(s.narrowed());

        // one slow first sample cannot be split off by a changepoint (two samples a side): it is dropped as stray
        Steadiness stray = Steadiness.of(List.of(List.of(740.0, 1100.0, 1104.0, 1097.0, 1102.0, 1099.0, 1101.0)));
        assertEquals(List.of(List.of(1100.0, 1104.0, 1097.0, 1102.0, 1099.0, 1101.0)), stray.estimate(), stray.notes());
    }

    @Test
    void aForkThatDidNotSettleIsSetAsideAndNamed() {
        List<Double> flat = List.of(100.0, 101.0, 99.0, 100.5, 99.5, 100.0);
        List<Double> stepAtTheEnd = List.of(100.0, 101.0, 99.0, 100.5, 130.0, 131.0);
        Steadiness s = Steadiness.of(List.of(flat, stepAtTheEnd, flat));
        assertTrue(s.steady(), "two settled forks beside the one set aside: " + s.reason());
        assertEquals(1, s.setAside());
        assertEquals(List.of(0, 2), s.estimateForks());
        assertTrue(s.notes().startsWith("fork 2: set aside, did not settle"), s.notes());

        Steadiness one = Steadiness.of(List.of(flat, stepAtTheEnd));
        assertFalse(one.steady(), "one settled fork beside one set aside does not say which is the rule");
        assertFalse(one.forksSettled());
        assertEquals(List.of(flat), one.estimate());
    }

    @Test
    void aTrendSmallerThanTheLimitIsNotAFinding() {
        Steadiness s = Steadiness.of(List.of(List.of(100.0, 100.5, 101.0, 101.5, 102.0, 102.5)));
        assertTrue(s.steady(), s.reason());
    }

    @Test
    void aTrendWithinTheNoiseIsNotAFinding() {
        // First and last third differ by 10%, but single samples swing by 20%.
        Steadiness s = Steadiness.of(List.of(List.of(100.0, 120.0, 95.0, 118.0, 112.0, 108.0)));
        assertTrue(s.steady(), s.reason());
    }

    @Test
    void forksThatDisagreeAreNotSteady() {
        // Two JIT outcomes: each fork flat, 30% apart (BC's AES-GCM did this).
        Steadiness s = Steadiness.of(List.of(List.of(10000.0, 10100.0, 9950.0, 10050.0), List.of(7700.0, 7690.0, 7720.0, 7705.0)));
        assertFalse(s.steady());
        assertTrue(s.reason().startsWith("forks disagree"), s.reason());
        assertEquals(0.27, s.agreement().spread(), 0.02);
    }

    @Test
    void aShortForkIsJudgedOnItsEnds() {
        assertFalse(Steadiness.of(List.of(List.of(200.0, 260.0, 330.0, 390.0))).steady());
        Steadiness flat = Steadiness.of(List.of(List.of(390.0, 386.0, 392.0, 389.0)));
        assertTrue(flat.steady());
        assertEquals("too short", flat.classes());
    }
}
