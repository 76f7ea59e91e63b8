package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Barrett et al.'s classes on synthetic forks: a level, a ramp, a step up, a step down, each with seeded noise. */
class ForkShapeTest {

    private static List<Double> fork(long seed, double noise, double... levels) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>();
        for (double l : levels) {
            out.add(l * (1 + noise * r.nextGaussian()));
        }
        return out;
    }

    private static double[] repeat(double v, int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aNoisyLevelIsFlat() {
        ForkShape s = ForkShape.of(fork(1, 0.02, repeat(1000, 10)));
        assertEquals(ForkShape.Kind.FLAT, s.kind(), s.reason());
    }

    @Test
    void aStepUpThenALevelIsWarmup() {
        ForkShape s = ForkShape.of(fork(2, 0.01, concat(new double[] {700, 760, 820}, repeat(1000, 8))));
        assertEquals(ForkShape.Kind.WARMUP, s.kind(), s.reason());
        assertEquals(1000, s.segments().get(s.segments().size() - 1), 20);
    }

    @Test
    void aStepDownIsSlowdown() {
        ForkShape s = ForkShape.of(fork(3, 0.01, concat(repeat(1000, 5), repeat(800, 5))));
        assertEquals(ForkShape.Kind.SLOWDOWN, s.kind(), s.reason());
    }

    @Test
    void aRampToTheLastSampleHasNoSteadyState() {
        // The SunJSSE TLS 1.3 handshakes after 5 x 2 s of warmup: still climbing.
        ForkShape s = ForkShape.of(List.of(202.0, 263.0, 349.0, 344.0, 426.0));
        assertEquals(ForkShape.Kind.NO_STEADY_STATE, s.kind(), s.reason());
    }

    @Test
    void aStepBelowTheMinimumEffectIsFlat() {
        // 3% apart and far beyond the noise: real, but not a finding.
        ForkShape s = ForkShape.of(fork(4, 0.001, concat(repeat(1000, 5), repeat(1030, 5))));
        assertEquals(ForkShape.Kind.FLAT, s.kind(), s.reason());
    }

    @Test
    void fewerThanFiveSamplesAreTooShort() {
        assertEquals(ForkShape.Kind.TOO_SHORT, ForkShape.of(List.of(4101.0, 3909.0, 3990.0)).kind());
    }
}
