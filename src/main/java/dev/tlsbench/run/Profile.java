package dev.tlsbench.run;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Headline;
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
     * The default: the cells of the headline questions the families declare ({@code .headlineRow}), each
     * with the warmup its owner needs (checked against FULL by scripts/calibrate), two forks each run as
     * interleaved rounds, then adaptive rounds within its budget. Only the questions: what a run of 15
     * minutes per JVM can decide.
     */
    QUICK("the cells of the headline questions in interleaved rounds of forks (2 forks each), each briefly warmed up and then"
            + " measured in short samples for as long as its owner needs to settle, its steady state found in them; then more forks"
            + " (longer where a fork did not settle) for undecided questions and imprecise cells while the budget (15 min per JVM) lasts"),
    /**
     * Every family's chart cells (record sizes, groups, schemes, configurations: each family's
     * {@code .broad(...)} list) with the quick timing, in rounds: what the default profile was before it
     * had to be decided within 15 minutes.
     */
    BROAD("every family's chart cells (record sizes, groups, schemes, stack configurations) with the quick timing,"
            + " in interleaved rounds; about 39 min per JVM"),
    /** The headline cells under BenchBase's full policy: what the calibration compares QUICK with. */
    THOROUGH("the headline cells under the full policy (2 forks, 5 x 2 s warmup, 5 x 2 s measurement)"),
    /** Every cell of every family under the full policy: hours. */
    FULL("every cell of every family under the full policy; hours"),
    /** The broad cells with no warmup and three short iterations: proves the pipeline, numbers meaningless. */
    SMOKE("the broad profile's cells, no warmup, 3 x 100 ms: proves the pipeline end to end; never publish its numbers"),
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

    /**
     * Whether its forks are measured to find where they settle (quick and broad: {@code Timing.settling}),
     * so that a cell whose fork did not settle gets longer forks; the full policy's fixed timing and
     * the warmup curves keep theirs.
     */
    public boolean findsSteadyState() {
        return this == QUICK || this == BROAD;
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
            case QUICK -> headlineCells(f).forEach(s -> parts.addAll(quickParts(f, s)));
            case BROAD -> {
                cells.broad().forEach(s -> parts.addAll(quickParts(f, s)));
                f.headline().stream().map(Headline::cells).distinct().forEach(s -> parts.addAll(quickParts(f, s)));
            }
            case THOROUGH -> headlineCells(f).forEach(s -> parts.add(new Part(s, Timing.FULL)));
            case FULL -> cells.full().forEach(s -> parts.add(new Part(s, Timing.FULL)));
            case SMOKE -> cells.broad().forEach(s -> parts.add(new Part(s, SMOKE_TIMING)));
            case WARMUP -> cells.warmupCurve().forEach(s -> parts.add(new Part(s, WARMUP_TIMING)));
        }
        return parts;
    }

    /** The cells of the family's headline questions that the default profile asks, each once. */
    private static List<CellSet> headlineCells(Family f) {
        return f.headline().stream().filter(h -> !h.onlyBroad()).map(Headline::cells).distinct().toList();
    }

    /** {@code s} with the quick timing of each of its owners' warmup needs. */
    private static List<Part> quickParts(Family f, CellSet s) {
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Warmup, CellSet> byWarmup : f.byWarmup(s).entrySet()) {
            parts.add(new Part(byWarmup.getValue(), f.profile().quickTiming(byWarmup.getKey())));
        }
        return parts;
    }
}
