package dev.tlsbench.report.chart;

import dev.tlsbench.report.analysis.CryptoFlags;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.Env;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lines under a chart that say where its numbers come from: the machine with the CPU flags
 * that matter for the chart's algorithms, the JVM with the VM flags that matter, the profile and
 * timing, and how the error bars were made. A caption says only what the chart shows.
 */
public final class Captions {

    private Captions() {
    }

    /**
     * @param f         the chart's family, whose plan says which flags its algorithms depend on
     * @param constants the algorithm constants the chart shows (its x values and panel values)
     * @param cells     the chart's cells, for their timings and error kinds
     */
    static List<String> of(JvmRun run, FamilyPlan f, Set<String> constants, Collection<CellOutcome> cells) {
        List<String> lines = withoutErrorBars(run, f, constants, cells);
        lines.set(2, lines.get(2) + " · " + errorBars(cells));
        return lines;
    }

    /** The same for a chart that draws no error bars (the warmup curves: their samples are the picture). */
    static List<String> withoutErrorBars(JvmRun run, FamilyPlan f, Set<String> constants, Collection<CellOutcome> cells) {
        List<String> lines = new ArrayList<>();
        lines.add(machine(run.env()) + cpuFlags(run.env(), f.cpuFlags(constants)));
        List<String> vmFlags = f.vmFlags(constants);
        lines.add(run.jvm().label() + (vmFlags.isEmpty() ? "" : " · VM: " + CryptoFlags.vmLine(run.jvm(), vmFlags)));
        lines.add(profile(run, cells));
        return lines;
    }

    public static String machine(Env env) {
        return env.cpuModel() + " (" + env.cores() + " logical CPUs, virtualization: " + env.virtualization() + ")";
    }

    private static String cpuFlags(Env env, List<String> names) {
        String flags = CryptoFlags.cpuLine(env.cpuFlags(), names);
        return flags.isEmpty() ? "" : " · CPU: " + flags;
    }

    /** "Profile quick (1 fork: 4 x 1 s warmup, 4 x 1 s measured)" plus what the profile means for the numbers. */
    static String profile(JvmRun run, Collection<CellOutcome> cells) {
        Set<String> timings = new TreeSet<>();
        cells.stream().filter(CellOutcome::measured).forEach(c -> timings.add(Labels.timing(c.timing())));
        String p = run.plan().profile();
        String warning = switch (p) {
            case "smoke" -> " — smoke numbers are meaningless (no warmup): never publish them";
            case "warmup" -> " — from JVM start, no warmup: the curves show warmup, not steady state";
            case "quick" -> " — indicative: short runs";
            default -> "";
        };
        return "Profile " + p + (timings.isEmpty() ? "" : " (" + String.join("; ", timings) + ")") + warning;
    }

    /** Which interval the error bars are (95% hierarchical bootstrap, or over one fork's iterations only), or none. */
    static String errorBars(Collection<CellOutcome> cells) {
        Set<String> kinds = new TreeSet<>();
        cells.stream().filter(CellOutcome::measured).forEach(c -> kinds.add(c.evidence().errorKind().description()));
        return kinds.isEmpty() ? "no measured values" : "error bars: " + String.join("; ", kinds);
    }
}
