package dev.tlsbench.openssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval against Student's t table values (t 0.975 with 2 and 4 degrees of freedom: 4.303, 2.776). */
class SampleStatsTest {

    @Test
    void threeSamplesUseTwoDegreesOfFreedom() {
        SampleStats s = SampleStats.of(List.of(10.0, 12.0, 14.0));
        assertEquals(12, s.mean(), 1e-12);
        assertEquals(2, s.sd(), 1e-12);
        assertEquals(4.303 * 2 / Math.sqrt(3), s.high() - s.mean(), 1e-3);
        assertEquals(s.mean() - s.low(), s.high() - s.mean(), 1e-12);
        assertEquals(0.95, s.confidence());
    }

    @Test
    void fiveSamplesUseFourDegreesOfFreedom() {
        SampleStats s = SampleStats.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertEquals(2.776 * Math.sqrt(2.5) / Math.sqrt(5), s.high() - 3, 1e-3);
        assertEquals(2.776 * Math.sqrt(2.5) / Math.sqrt(5) / 3, s.relativeHalfWidth(), 1e-3);
    }

    @Test
    void oneSampleHasNoInterval() {
        SampleStats s = SampleStats.of(List.of(7.0));
        assertEquals(7, s.mean());
        assertTrue(Double.isNaN(s.low()) && Double.isNaN(s.high()));
        assertThrows(IllegalArgumentException.class, () -> SampleStats.of(List.of()));
    }
}
