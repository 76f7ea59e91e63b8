package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ratio intervals: paired neighbouring forks cancel a drift of the host that independent resampling cannot. */
class RatioIntervalTest {

    @Test
    void pairedForksCancelASharedDrift() {
        // The host's speed moves fork by fork (0.8x .. 1.2x); B is 1.5x A in every fork pair.
        Random r = new Random(7);
        List<List<Double>> a = new ArrayList<>();
        List<List<Double>> b = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            double host = 0.8 + 0.4 * r.nextDouble();
            List<Double> fa = new ArrayList<>();
            List<Double> fb = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                fa.add(1000 * host * (1 + 0.01 * r.nextGaussian()));
                fb.add(1500 * host * (1 + 0.01 * r.nextGaussian()));
            }
            a.add(fa);
            b.add(fb);
        }
        RatioInterval paired = RatioInterval.of(a, b, true, "q");
        RatioInterval independent = RatioInterval.of(a, b, false, "q");
        assertTrue(paired.paired());
        assertFalse(independent.paired());
        assertEquals(1.5, paired.value(), 0.01);
        assertTrue(paired.lo() < 1.5 && paired.hi() > 1.5, paired.toString());
        assertTrue(paired.hi() - paired.lo() < (independent.hi() - independent.lo()) / 3, paired + " vs " + independent);
    }

    @Test
    void unequalForkCountsAreResampledIndependently() {
        List<List<Double>> a = SyntheticForks.at(1, 0.01, 5, 1000, 1000);
        List<List<Double>> b = SyntheticForks.at(2, 0.01, 5, 2000, 2000, 2000);
        RatioInterval r = RatioInterval.of(a, b, true, "q");
        assertFalse(r.paired());
        assertTrue(r.design().startsWith("cells resampled independently"), r.design());
        assertTrue(r.lo() > 1.9 && r.hi() < 2.1, r.toString());
    }
}
