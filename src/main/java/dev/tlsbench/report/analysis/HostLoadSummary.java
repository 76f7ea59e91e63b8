package dev.tlsbench.report.analysis;

import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.results.HostLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Whether the machine was quiet while a JVM's forks ran: the CPU other processes used during each
 * fork ({@link HostLoad}), summed up for the page. "Numbers come from a run with nothing else busy"
 * is then a measurement a reader can check, not a promise, and a fork that disagrees with its
 * neighbours can be traced to a build that ran beside it.
 */
public final class HostLoadSummary {

    private HostLoadSummary() {
    }

    /**
     * "quiet: other processes used a median 0.02 and at most 0.09 cores over 80 forks" or "BUSY: 5 of
     * 80 forks ran beside other processes using ≥ 0.2 cores (at most 0.85): …"; "not recorded" for
     * runs made before the runner read it.
     */
    public static String of(JvmRun r) {
        List<Double> all = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (CellOutcome o : r.outcomes()) {
            if (o.evidence() == null) {
                continue;
            }
            for (HostLoad l : o.evidence().loads()) {
                all.add(l.foreignCores() + l.stealCores());
            }
            if (!o.evidence().busyForks().isEmpty()) {
                busy.add(Comparison.describe(o, true));
            }
        }
        if (all.isEmpty()) {
            return "not recorded in this run";
        }
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        double median = new Percentile().evaluate(v, 50);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        long busyForks = all.stream().filter(x -> x >= HostLoad.BUSY_CORES).count();
        String levels = String.format(Locale.ROOT, "other processes used a median %.2f and at most %.2f cores over %d forks",
                median, max, all.size());
        if (busyForks == 0) {
            return "quiet: " + levels;
        }
        return String.format(Locale.ROOT, "BUSY: %d of %d forks ran beside other processes using at least %.1f cores; %s; cells: %s",
                busyForks, all.size(), HostLoad.BUSY_CORES, levels,
                String.join("; ", busy.size() > 8 ? busy.subList(0, 8) : busy) + (busy.size() > 8 ? " …" : ""));
    }
}
