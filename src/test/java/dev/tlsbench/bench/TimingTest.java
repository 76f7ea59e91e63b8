package dev.tlsbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timing a run records is read back as it was written, and the run policy is BenchBase's. */
class TimingTest {

    @Test
    void whatIsWrittenIsReadBack() {
        Timing t = Timing.of(1, 4, 1000, 3, 500);
        assertEquals("-f 1 -wi 4 -w 1000ms -i 3 -r 500ms", t.toString());
        assertEquals(Optional.of(t), Timing.parse(t.toString()));
        assertEquals("1 fork: 4 x 1 s warmup, 3 x 500 ms measured", t.describe());
        assertTrue(Timing.parse("-f 1 -i 3").isEmpty(), "not a recorded timing");
    }

    @Test
    void fullIsBenchBasesPolicy() {
        assertEquals("-f 2 -wi 5 -w 2000ms -i 5 -r 2000ms", Timing.FULL.toString());
        assertEquals(10, Timing.FULL.samples());
    }
}
