package dev.tlsbench.run;

import java.util.OptionalDouble;

/**
 * The effective clock from the CPU's own cycle counter: {@code perf stat -x, -e cycles,task-clock}
 * attached to this JVM while it keeps a core busy; cycles divided by the task's CPU time is the
 * average frequency its threads ran at. Reads perf's CSV form, one counter per line: value, unit,
 * event, run time, percentage of time counted, ... (e.g. {@code 4500000000,,cycles,1234567890,100.00,3.646,GHz}
 * and {@code 1234.57,msec,task-clock,...}). A guest without a virtual PMU prints
 * {@code <not supported>,,cycles,...}: then there is no perf clock and the caller counts instead.
 */
final class PerfCycles {

    private PerfCycles() {
    }

    /** MHz from one {@code perf stat -x,} output, empty when cycles or task-clock were not counted. */
    static OptionalDouble mhz(String csv) {
        double cycles = Double.NaN;
        double taskMsec = Double.NaN;
        for (String line : csv.split("\\R")) {
            String[] f = line.split(",", -1);
            if (line.startsWith("#") || f.length < 3) {
                continue;
            }
            String event = f[2].replaceAll(":[ukh]+$", "");
            try {
                if (event.equals("cycles")) {
                    cycles = Double.parseDouble(f[0]);
                } else if (event.equals("task-clock") && f[1].equals("msec")) {
                    taskMsec = Double.parseDouble(f[0]);
                }
            } catch (NumberFormatException e) {
                // "<not supported>" or "<not counted>": that counter gave nothing
            }
        }
        return cycles > 0 && taskMsec > 0 ? OptionalDouble.of(cycles / (taskMsec * 1e3)) : OptionalDouble.empty();
    }

    /** Why perf gives no clock, from the output of the check {@code perf stat -x, -e cycles,task-clock true}. */
    static String whyNot(String csv) {
        if (csv == null) {
            return "perf is not installed or failed";
        }
        for (String line : csv.split("\\R")) {
            String[] f = line.split(",", -1);
            if (f.length >= 3 && f[2].startsWith("cycles") && f[0].startsWith("<")) {
                return "perf stat counts no cycles here (" + f[0] + "; no hardware counters, e.g. a VM without a virtual PMU)";
            }
        }
        return "perf stat printed no cycles count";
    }
}
