package dev.tlsbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hierarchical bootstrap on synthetic cells whose levels are known. */
class CellIntervalTest {

    @Test
    void forksAtDifferentLevelsWidenTheInterval() {
        // Two forks 10% apart, each with 1% iteration noise: pooling all iterations as one fork
        // (what ignoring the fork level amounts to) gives an interval a fraction of the real one.
        List<List<Double>> twoLevels = SyntheticForks.at(1, 0.01, 10, 1000, 1100);
        CellInterval hierarchical = CellInterval.of(twoLevels, "cell");
        CellInterval pooled = CellInterval.of(List.of(twoLevels.stream().flatMap(List::stream).toList()), "cell");
        assertTrue(hierarchical.acrossForks());
        assertFalse(pooled.acrossForks());
        assertTrue(hierarchical.halfWidth() > 2 * pooled.halfWidth(), hierarchical + " vs " + pooled);
        assertTrue(hierarchical.lo() < 1010 && hierarchical.hi() > 1090, hierarchical.toString());
    }

    @Test
    void theIntervalCoversTheMeanAndSaysHowItWasMade() {
        CellInterval c = CellInterval.of(SyntheticForks.at(2, 0.02, 5, 1000, 1000, 1000), "cell");
        assertTrue(c.lo() < c.mean() && c.mean() < c.hi());
        assertEquals(1000, c.mean(), 20);
        assertTrue(c.halfWidth() < 0.03, c.toString());
        assertTrue(c.design().startsWith("95% hierarchical bootstrap, 3 forks × 5 iterations"), c.design());
        assertTrue(CellInterval.of(SyntheticForks.at(2, 0.02, 3, 1000), "cell").design().contains("iterations only"));
    }

    @Test
    void theSameKeyGivesTheSameInterval() {
        List<List<Double>> s = SyntheticForks.at(3, 0.05, 5, 1000, 1030);
        assertEquals(CellInterval.of(s, "a"), CellInterval.of(s, "a"));
    }

    @Test
    void oneSampleHasNoInterval() {
        assertFalse(CellInterval.of(List.of(List.of(5.0)), "one").hasInterval());
    }

    @Test
    void aLevelOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellInterval.of(List.of(List.of(1.0, 2.0)), "x", 95));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
    }
}
