package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counted clock is a clock: the chain's time grows with its length (a chain the JIT shortened or
 * folded would not), the same input gives the same answer, the result lands near the CPU's nominal
 * clock, and an implausible reading is marked so. Timing on a shared machine is noisy, so the bounds
 * are wide and each side takes the fastest of several chunks.
 */
class EffectiveClockTest {

    private static long fastestNanos(long iterations) {
        return DependentChain.measure(iterations, 40, 100_000_000L).stream().map(DependentChain.Chunk::nanos)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    @Test
    void theChainsTimeGrowsWithItsLength() {
        double ratio = (double) fastestNanos(400_000) / fastestNanos(100_000);
        assertTrue(ratio > 3 && ratio < 5.5, "4x the chain took " + ratio + "x the time");
    }

    @Test
    void theChainIsDeterministicAndDependsOnItsInput() {
        assertEquals(DependentChain.run(3, 5, 1000), DependentChain.run(3, 5, 1000));
        assertTrue(DependentChain.run(3, 5, 1000) != DependentChain.run(4, 5, 1000));
        assertTrue(DependentChain.run(3, 5, 1000) != DependentChain.run(3, 5, 1001));
    }

    /** Against /proc/cpuinfo's clock where there is one (a boosting CPU runs above it, a busy host below). */
    @Test
    void theMeasuredClockIsNearTheNominalOne() {
        String mhz = HostInfo.field(HostInfo.file("/proc/cpuinfo") == null ? List.of() : HostInfo.file("/proc/cpuinfo").lines().toList(), "cpu MHz");
        double nominal = mhz == null ? 0 : Double.parseDouble(mhz);
        EffectiveClock.Reading r = EffectiveClock.measure(nominal);
        assertTrue(r.plausible(), r.toString());
        assertTrue(r.mhz() > 200 && r.mhz() < 8000, r.toString());
    }

    @Test
    void theMedianOfTheFastestChunksIsTaken() {
        List<DependentChain.Chunk> chunks = List.of(chunk(1000), chunk(3000), chunk(3100), chunk(2900), chunk(500), chunk(3050),
                chunk(2950), chunk(100));
        // fastest five: 3100, 3050, 3000, 2950, 2900 -> 3000
        assertEquals(3000, EffectiveClock.chainMhz(chunks), 1e-3);
    }

    @Test
    void anImplausibleReadingIsMarked() {
        assertTrue(EffectiveClock.judge(3200, "m", "", 2100).plausible());
        assertFalse(EffectiveClock.judge(7000, "m", "", 2100).plausible());
        assertFalse(EffectiveClock.judge(150, "m", "", 0).plausible());
        assertTrue(EffectiveClock.judge(700, "m", "", 2100).note().contains("implausible against the nominal 2100 MHz"));
    }

    /** 16 M operations in ns such that the chunk reads {@code mhz}. */
    private static DependentChain.Chunk chunk(double mhz) {
        return new DependentChain.Chunk(16_000_000, Math.round(16_000_000 * 1e3 / mhz), 0);
    }
}
