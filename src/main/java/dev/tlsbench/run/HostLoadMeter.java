package dev.tlsbench.run;

import dev.tlsbench.results.HostLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the kernel's CPU accounting before and after a fork to tell how busy the rest of the
 * machine was ({@link HostLoad}). The machine's busy time comes from the first line of /proc/stat
 * (user + nice + system + irq + softirq; guest time is inside user), steal from the same line, and
 * the run's own time from /proc/self/stat: this JVM's user and system time plus its reaped children's
 * (cutime + cstime), which is where a JMH fork's CPU lands once JMH has waited for it. Both count in
 * the same clock ticks; the machine's total ticks (every state, idle included) over its CPU count
 * give the fork's length in the same unit, so no tick rate is assumed. Elsewhere than Linux there
 * is no reading.
 */
final class HostLoadMeter {

    /** Machine-wide busy, steal and total ticks, the machine's CPUs, and the run's own ticks. */
    record Snapshot(long busy, long steal, long total, int cpus, long own) {
    }

    private final Path procStat;
    private final Path selfStat;

    HostLoadMeter() {
        this(Path.of("/proc/stat"), Path.of("/proc/self/stat"));
    }

    HostLoadMeter(Path procStat, Path selfStat) {
        this.procStat = procStat;
        this.selfStat = selfStat;
    }

    /** Now's counters, empty when the files are not there or not in the expected form. */
    Optional<Snapshot> snapshot() {
        try {
            List<String> lines = Files.readAllLines(procStat);
            String cpu = lines.get(0);
            int cpus = (int) lines.stream().filter(x -> x.matches("cpu\\d+ .*")).count();
            if (!cpu.startsWith("cpu ") || cpus == 0) {
                return Optional.empty();
            }
            String[] f = cpu.trim().split("\\s+");
            // user nice system idle iowait irq softirq steal (guest and guest_nice are inside user and nice)
            long busy = l(f[1]) + l(f[2]) + l(f[3]) + l(f[6]) + l(f[7]);
            long steal = f.length > 8 ? l(f[8]) : 0;
            long total = busy + l(f[4]) + l(f[5]) + steal;
            String self = Files.readString(selfStat);
            // the command name in parentheses may hold spaces: fields count from after its closing one
            String[] s = self.substring(self.lastIndexOf(')') + 2).trim().split("\\s+");
            // after the name: state(3) ... utime(14) stime(15) cutime(16) cstime(17), so 11..14 here
            long own = l(s[11]) + l(s[12]) + l(s[13]) + l(s[14]);
            return Optional.of(new Snapshot(busy, steal, total, cpus, own));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The load between two snapshots, empty without both or over less than about 0.1 s per CPU. */
    static Optional<HostLoad> between(Optional<Snapshot> before, Optional<Snapshot> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Snapshot a = before.get();
        Snapshot b = after.get();
        // the fork's length in ticks of one CPU
        double ticks = (b.total() - a.total()) / (double) b.cpus();
        if (ticks < 10) {
            return Optional.empty();
        }
        double foreign = Math.max(0, (b.busy() - a.busy()) - (b.own() - a.own())) / ticks;
        double steal = Math.max(0, b.steal() - a.steal()) / ticks;
        return Optional.of(new HostLoad(round(foreign), round(steal)));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long l(String s) {
        return Long.parseLong(s);
    }
}
