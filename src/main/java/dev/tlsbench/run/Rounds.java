package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.stats.Steadiness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one JVM's plan in interleaved rounds, one JMH fork per invocation: round i runs fork i of
 * every planned cell that has one, in plan order, so fork i of cell A ran next to fork i of cell B
 * and a drift of the host between rounds moves both alike (it cancels in their ratio instead of
 * widening it). A resumed run starts each cell at its next missing fork; a finished fork never runs
 * again. After the planned rounds, while the budget lasts, adaptive rounds give one more fork first
 * to both cells of every headline question still undecided ({@link UndecidedQuestions}, nearest to a
 * decision first, the two back to back so their ratio stays paired); in a round where no question
 * takes one, to each cell whose estimate is still imprecise ({@link ForkPrecision}), widest first.
 * A fork (estimated from the cell's previous forks) that would not fit in what is left is skipped.
 * A cell whose earlier forks did not settle ({@link Steadiness}: no steady window of five flat samples
 * at their end) runs its later forks longer, planned or adaptive: twice the samples per fork not
 * settled, up to {@link #MAX_LONGER} times, so that a slow JIT shows where it settles instead of
 * being averaged while it climbs.
 */
final class Rounds {

    /** Runs one fork of a planned cell. */
    interface ForkRunner {
        CellRun.Outcome run(Plan.Planned p);
    }

    /** Told of every planned fork, run or skipped (already kept, or its cell closed), and of every adaptive one. */
    interface Listener {
        void ran(Plan.Planned p, int round, boolean adaptive, CellRun.Outcome o);

        void skipped(Plan.Planned p);
    }

    /** The most a later fork of an unsettled cell is lengthened: four times the planned samples. */
    static final int MAX_LONGER = 4;

    private final List<Plan.Planned> plan;
    private final boolean lengthen;
    private final JvmResults results;
    private final ForkRunner runner;
    private final Listener listener;
    private final Clock clock;
    /** Cells that ended other than measured in this session: no more forks until a resumed run. */
    private final Set<String> stopped = new HashSet<>();

    Rounds(List<Plan.Planned> plan, JvmResults results, ForkRunner runner, Listener listener, Clock clock) {
        this(plan, results, runner, listener, clock, true);
    }

    /**
     * @param lengthen whether a cell whose forks did not settle gets longer forks: for profiles whose
     *                 forks are measured to find where they settle (quick, broad), not for the full
     *                 policy's fixed timing or the warmup curves' fixed length
     */
    Rounds(List<Plan.Planned> plan, JvmResults results, ForkRunner runner, Listener listener, Clock clock, boolean lengthen) {
        this.lengthen = lengthen;
        this.plan = List.copyOf(plan);
        this.results = results;
        this.runner = runner;
        this.listener = listener;
        this.clock = clock;
    }

    /** How many rounds the plan has: the most forks any cell plans. */
    static int planned(List<Plan.Planned> plan) {
        return plan.stream().mapToInt(p -> p.timing().forks()).max().orElse(0);
    }

    /** Runs every planned fork not kept yet, round by round. */
    void runPlanned() {
        int rounds = planned(plan);
        for (int round = 1; round <= rounds; round++) {
            for (Plan.Planned p : plan) {
                if (round > p.timing().forks()) {
                    continue;
                }
                if (results.forks(p.cell()) >= round || results.closed(p.cell()) || stopped.contains(p.cell().key())) {
                    listener.skipped(p);
                    continue;
                }
                run(p, round, false);
            }
        }
    }

    /**
     * Adaptive rounds until {@code deadline}: each gives one more fork to both cells of every
     * undecided headline question whose two forks fit in the time left, nearest to a decision first;
     * a round where no question takes one gives one to every other measured cell still imprecise,
     * widest first, that fits. The cells of an undecided question never get a fork alone (their ratio
     * would no longer be paired). Stops when no fork fits or nothing is left to improve; a cell left
     * imprecise or a question left undecided is no failure.
     *
     * @return how many forks it added
     */
    int runAdaptive(Instant deadline) {
        int added = 0;
        int round = Math.max(planned(plan), results.lastRound());
        while (true) {
            round++;
            Set<String> ranThisRound = new HashSet<>();
            List<UndecidedQuestions.Pair> questions = UndecidedQuestions.of(plan, forks, this::open);
            Set<String> paired = new HashSet<>();
            questions.forEach(q -> paired.addAll(List.of(q.best().cell().key(), q.runnerUp().cell().key())));
            for (UndecidedQuestions.Pair q : questions) {
                if (ranThisRound.contains(q.best().cell().key()) || ranThisRound.contains(q.runnerUp().cell().key())) {
                    continue;
                }
                Duration left = Duration.between(clock.instant(), deadline);
                if (nextFork(q.best()).plus(nextFork(q.runnerUp())).compareTo(left) > 0) {
                    continue;
                }
                for (Plan.Planned p : List.of(q.best(), q.runnerUp())) {
                    ranThisRound.add(p.cell().key());
                    added++;
                    if (run(p, round, true) != CellState.MEASURED) {
                        break; // its forks are dropped and it is stopped: the other's fork would pair with nothing
                    }
                }
            }
            if (!ranThisRound.isEmpty()) {
                continue;
            }
            List<Plan.Planned> imprecise = plan.stream()
                    .filter(this::open)
                    .filter(p -> !paired.contains(p.cell().key()))
                    .filter(p -> ForkPrecision.imprecise(results.forkMeans(p.cell())) || !settled(p))
                    .sorted(Comparator.comparingDouble((Plan.Planned p) -> ForkPrecision.relativeHalfWidth(results.forkMeans(p.cell())))
                            .reversed())
                    .toList();
            boolean ran = false;
            for (Plan.Planned p : imprecise) {
                Duration left = Duration.between(clock.instant(), deadline);
                if (nextFork(p).compareTo(left) > 0) {
                    continue;
                }
                run(p, round, true);
                ran = true;
                added++;
            }
            if (!ran) {
                return added;
            }
        }
    }

    /** A measured cell that still takes forks in this session. */
    private boolean open(Plan.Planned p) {
        return results.forks(p.cell()) > 0 && !stopped.contains(p.cell().key());
    }

    /** What the question selection reads of the kept forks. */
    private final UndecidedQuestions.Forks forks = new UndecidedQuestions.Forks() {
        @Override
        public List<List<Double>> samples(dev.tlsbench.bench.Cell cell) {
            return results.forkSamples(cell);
        }

        @Override
        public List<Integer> rounds(dev.tlsbench.bench.Cell cell) {
            return results.forkRounds(cell);
        }
    };

    /** Whether the cell's estimate stands on settled forks (true before it has any). */
    private boolean settled(Plan.Planned p) {
        List<List<Double>> samples = results.forkSamples(p.cell());
        return samples.isEmpty() || Steadiness.of(samples).forksSettled();
    }

    /**
     * The cell as its next fork runs it: as planned, or with {@link Timing#longer} samples when forks
     * of it did not settle (twice the samples for each such fork, at most {@link #MAX_LONGER} times).
     */
    Plan.Planned nextForkOf(Plan.Planned p) {
        List<List<Double>> samples = results.forkSamples(p.cell());
        if (!lengthen || samples.isEmpty()) {
            return p;
        }
        long unsettled = Steadiness.of(samples).windows().stream().filter(w -> !w.settled()).count();
        if (unsettled == 0) {
            return p;
        }
        int factor = (int) Math.min(MAX_LONGER, 1L << Math.min(unsettled, 8));
        return new Plan.Planned(p.family(), p.cell(), p.timing().longer(factor));
    }

    /**
     * A cell's next fork takes as long as its previous ones did on average (the plan's estimate before
     * any), plus the measuring time a longer fork adds.
     */
    Duration nextFork(Plan.Planned p) {
        List<Double> seconds = results.forkSeconds(p.cell());
        if (seconds.isEmpty()) {
            return p.forkEstimate();
        }
        // each earlier fork as if it had run as planned (a longer one less its own extra), then this one's extra
        List<String> timings = results.forkTimings(p.cell());
        double planned = 0;
        for (int i = 0; i < seconds.size(); i++) {
            String t = i < timings.size() ? timings.get(i) : null;
            double own = t == null ? 0 : Timing.parse(t).map(x -> x.perFork().minus(p.timing().perFork()).toMillis() / 1000.0).orElse(0.0);
            planned += seconds.get(i) - own;
        }
        Duration extra = nextForkOf(p).timing().perFork().minus(p.timing().perFork());
        return Duration.ofMillis(Math.round(planned / seconds.size() * 1000)).plus(extra);
    }

    private CellState run(Plan.Planned planned, int round, boolean adaptive) {
        Plan.Planned p = nextForkOf(planned);
        CellRun.Outcome o = runner.run(p);
        results.record(o, round, p == planned ? null : p.timing().withForks(1).toString());
        if (o.state() != CellState.MEASURED) {
            stopped.add(p.cell().key());
        }
        listener.ran(p, round, adaptive, o);
        return o.state();
    }
}
