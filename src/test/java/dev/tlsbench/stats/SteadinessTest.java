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
        assertTrue(s.reason().startsWith("still climbing"), s.reason());
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
