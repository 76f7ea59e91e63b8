package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * perf stat's CSV (-x,) read for cycles and task-clock. The guest case is captured on the reference
 * machine (no virtual PMU: "&lt;not supported&gt;" cycles); the counting case is perf's documented
 * line layout with round numbers (value, unit, event, run time, percentage counted, metric, unit).
 */
class PerfCyclesTest {

    @Test
    void aGuestWithoutCountersGivesNoClockAndSaysWhy() throws IOException {
        String out = Files.readString(Path.of("src/test/resources/fixtures/host/firecracker-pvm-docker/perf-stat-cycles.txt"));
        assertTrue(PerfCycles.mhz(out).isEmpty());
        assertTrue(PerfCycles.whyNot(out).startsWith("perf stat counts no cycles here (<not supported>"), PerfCycles.whyNot(out));
        assertEquals("perf is not installed or failed", PerfCycles.whyNot(null));
    }

    @Test
    void cyclesOverTaskClockIsTheClock() {
        String out = """
                # started on Mon Dec  7 18:00:00 2026

                900000000,,cycles,300000000,100.00,3.000,GHz
                300.00,msec,task-clock,300000000,100.00,1.000,CPUs utilized
                """;
        assertEquals(3000, PerfCycles.mhz(out).orElseThrow(), 1e-9);
        assertEquals(3000, PerfCycles.mhz(out.replace(",cycles,", ",cycles:u,")).orElseThrow(), 1e-9);
        assertTrue(PerfCycles.mhz(out.replace("300.00,msec", "<not counted>,msec")).isEmpty());
    }
}
