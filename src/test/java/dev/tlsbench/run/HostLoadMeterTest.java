package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.results.HostLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meter subtracts the run's own CPU (including a finished child's, as a JMH fork is) from the
 * machine's, and turns the rest into cores over the fork's length in the kernel's own ticks.
 */
class HostLoadMeterTest {

    @TempDir
    Path dir;

    private Optional<HostLoadMeter.Snapshot> read(String cpu, long cpu0, long cpu1, String self) throws Exception {
        Files.writeString(dir.resolve("stat"), "cpu  " + cpu + "\ncpu0 " + cpu0 + " 0 0 0 0 0 0 0 0 0\ncpu1 " + cpu1
                + " 0 0 0 0 0 0 0 0 0\nintr 1 2 3\n");
        Files.writeString(dir.resolve("self"), self);
        return new HostLoadMeter(dir.resolve("stat"), dir.resolve("self")).snapshot();
    }

    /** /proc/self/stat of a process named with spaces and parentheses, utime..cstime as given. */
    private static String self(long utime, long stime, long cutime, long cstime) {
        return "4242 (java (x) y) S 1 4242 4242 0 -1 4194304 100 0 0 0 " + utime + " " + stime + " " + cutime + " " + cstime
                + " 20 0 30 0 1000 4000000 900 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";
    }

    @Test
    void othersAreTheMachinesBusyTimeLessTheRunsOwnOverTheForksLength() throws Exception {
        // user nice system idle iowait irq softirq steal guest guest_nice
        var before = read("1000 0 500 8000 100 10 10 0 0 0", 0, 0, self(100, 20, 300, 50));
        // 2 CPUs for 10 s = 2000 ticks: busy +900 (user 700, system 200), idle +1000, steal +100; own +500
        var after = read("1700 0 700 9000 100 10 10 100 0 0", 0, 0, self(200, 40, 600, 130));
        HostLoad load = HostLoadMeter.between(before, after).orElseThrow();
        // (900 - 500) ticks over 1000 ticks per CPU = 0.4 cores; steal 100 / 1000 = 0.1
        assertEquals(0.4, load.foreignCores(), 1e-9);
        assertEquals(0.1, load.stealCores(), 1e-9);
        assertTrue(load.busy());
        assertEquals("other processes 0.40 cores, hypervisor steal 0.10", load.text());
    }

    @Test
    void aQuietMachineIsNotBusyAndNoReadingIsNoLoad() throws Exception {
        var before = read("1000 0 500 8000 100 10 10 0 0 0", 0, 0, self(100, 20, 300, 50));
        var after = read("1900 0 600 9000 100 10 10 0 0 0", 0, 0, self(100, 20, 1250, 50));
        HostLoad load = HostLoadMeter.between(before, after).orElseThrow();
        assertEquals(0.05, load.foreignCores(), 1e-9);
        assertFalse(load.busy());
        assertTrue(HostLoadMeter.between(Optional.empty(), after).isEmpty());
        assertTrue(read("garbage", 0, 0, self(1, 1, 1, 1)).isEmpty(), "not /proc/stat's form");
    }

    /**
     * On this machine: a child process that burns CPU and is waited for lands in the run's own time
     * (cutime), which is what keeps a JMH fork out of "other processes". CPU time, not wall time, so
     * a busy machine does not make it fail.
     */
    @Test
    void aWaitedForChildCountsAsTheRunsOwn() throws Exception {
        HostLoadMeter meter = new HostLoadMeter();
        var jvm = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long jvmBefore = jvm.getProcessCpuTime();
        Optional<HostLoadMeter.Snapshot> before = meter.snapshot();
        if (before.isEmpty()) {
            assertFalse(Files.exists(Path.of("/proc/self/stat")), "Linux, yet no reading");
            return;
        }
        // busy for 1-2 s of wall time whatever the machine's speed (bash's SECONDS ticks once a second)
        Process p = new ProcessBuilder("bash", "-c", "while [ $SECONDS -lt 2 ]; do :; done").start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        long child = p.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        HostLoadMeter.Snapshot after = meter.snapshot().orElseThrow();
        long jvmTicks = (jvm.getProcessCpuTime() - jvmBefore) / 10_000_000L;
        long ownTicks = after.own() - before.get().own();
        // the shell spins for at least a second: on any machine not starving it, well over 30 ticks of 10 ms
        assertTrue(ownTicks - jvmTicks >= 30, "own ticks " + ownTicks + ", of which this JVM's " + jvmTicks
                + ", after a child that used CPU (" + child + " ms as the JDK saw it)");
    }
}
