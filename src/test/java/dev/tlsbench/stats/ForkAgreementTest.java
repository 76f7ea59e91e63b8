package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forks at one level agree; forks at two levels are bimodal, with both modes and their counts. */
class ForkAgreementTest {

    private static List<List<Double>> forks(long seed, double noise, int iterations, double... levels) {
        Random r = new Random(seed);
        List<List<Double>> out = new ArrayList<>();
        for (double l : levels) {
            List<Double> f = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                f.add(l * (1 + noise * r.nextGaussian()));
            }
            out.add(f);
        }
        return out;
    }

    @Test
    void forksAtOneLevelAgree() {
        assertEquals(ForkAgreement.Kind.AGREE, ForkAgreement.of(forks(1, 0.02, 5, 1000, 1000, 1000, 1000)).kind());
    }

    @Test
    void twoSpeedsPerForkAreBimodal() {
        // BouncyCastle AES-GCM: each JVM settles on one of two speeds, 30% apart.
        ForkAgreement a = ForkAgreement.of(forks(2, 0.01, 5, 1000, 1300, 1000, 1300, 1300));
        assertEquals(ForkAgreement.Kind.BIMODAL, a.kind(), a.text());
        assertEquals(List.of(2, 3), a.counts());
        assertEquals(1000, a.modes().get(0), 15);
        assertEquals(1300, a.modes().get(1), 15);
        assertTrue(a.text().startsWith("bimodal: 2 forks at 1,00"), a.text());
    }

    @Test
    void forksSpreadEvenlyDisagreeWithoutBeingBimodal() {
        ForkAgreement a = ForkAgreement.of(forks(3, 0.005, 5, 1000, 1100, 1200, 1300));
        assertEquals(ForkAgreement.Kind.DISAGREE, a.kind(), a.text());
    }

    @Test
    void oneForkCannotShowDisagreement() {
        assertEquals(ForkAgreement.Kind.ONE_FORK, ForkAgreement.of(forks(4, 0.02, 5, 1000)).kind());
    }
}
