package dev.tlsbench.run;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.ProfileCells;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.Warmup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The profiles a run can take: which cells of each family, with what timing. The cells and the
 * quick timing live in the family descriptors; a profile only says which of them it takes.
 */
public enum Profile {

    /**
     * The default: the headline cells, each with the warmup its owner needs (checked against FULL by
     * scripts/calibrate), two forks each run as interleaved rounds, then adaptive rounds within its budget.
     */
    QUICK("the headline cells in interleaved rounds of forks (2 forks x 5 samples each), each warmed up as long as its "
            + "owner needs; then more forks for imprecise cells while the budget (15 min per JVM) lasts"),
    /** The headline cells under BenchBase's full policy: what the calibration compares QUICK with. */
    THOROUGH("the headline cells under the full policy (2 forks, 5 x 2 s warmup, 5 x 2 s measurement)"),
    /** Every cell of every family under the full policy: hours. */
    FULL("every cell of every family under the full policy; hours"),
    /** The headline cells with no warmup and three short iterations: proves the pipeline, numbers meaningless. */
    SMOKE("the headline cells, no warmup, 3 x 100 ms: proves the pipeline end to end; never publish its numbers"),
    /** Each family's warmup-curve cells from JVM start: how long a cold JVM runs slower than its peak. */
    WARMUP("the warmup curves: 3 forks x 60 iterations of 200 ms from JVM start, no warmup");

    /** One JMH timing over one set of cells. */
    public record Part(CellSet cells, Timing timing) {
    }

    static final Timing SMOKE_TIMING = Timing.of(1, 0, 0, 3, 100);
    static final Timing WARMUP_TIMING = Timing.of(3, 0, 0, 60, 200);

    private final String description;

    Profile(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** How it is written on the command line. */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The profile named {@code name}; an unknown one is refused with the valid names. */
    public static Profile named(String name) {
        for (Profile p : values()) {
            if (p.cliName().equals(name)) {
                return p;
            }
        }
        throw new UsageException("unknown profile '" + name + "'; valid: "
                + String.join(", ", java.util.Arrays.stream(values()).map(Profile::cliName).toList()));
    }

    /**
     * The time budget per JVM a run of this profile has without --budget: quick's 15 minutes (issue 19:
     * the default profile within 15 minutes per JDK, environment probes included); the others add no
     * fork beyond their plan unless given one.
     */
    public Duration defaultBudget() {
        return this == QUICK ? Duration.ofMinutes(15) : null;
    }

    /** The parts of this profile for one family. */
    public List<Part> parts(Family f) {
        ProfileCells cells = f.profile();
        List<Part> parts = new ArrayList<>();
        switch (this) {
            case QUICK -> {
                for (CellSet s : cells.quick()) {
                    for (Map.Entry<Warmup, CellSet> byWarmup : f.byWarmup(s).entrySet()) {
                        parts.add(new Part(byWarmup.getValue(), cells.quickTiming(byWarmup.getKey())));
                    }
                }
            }
            case THOROUGH -> cells.quick().forEach(s -> parts.add(new Part(s, Timing.FULL)));
            case FULL -> cells.full().forEach(s -> parts.add(new Part(s, Timing.FULL)));
            case SMOKE -> cells.quick().forEach(s -> parts.add(new Part(s, SMOKE_TIMING)));
            case WARMUP -> cells.warmupCurve().forEach(s -> parts.add(new Part(s, WARMUP_TIMING)));
        }
        return parts;
    }
}
