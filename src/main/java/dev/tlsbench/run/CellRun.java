package dev.tlsbench.run;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.results.HostLoad;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures cells through JMH's Runner API (its text output going to the run's log) and says what
 * became of each: measured, or the state its setup's exception stands for. A run invokes it once per
 * fork of one cell (see Rounds), which lets it keep every finished fork when interrupted, interleave
 * the forks of different cells, and give each cell the timing its owner needs; the smoke tests run a
 * whole cell set in one invocation.
 */
public final class CellRun {

    /**
     * What became of one cell: the result when measured, else the reason; when it started, how long
     * it took, the primary score of each warmup iteration (JMH keeps those out of its result), and
     * what else the machine did meanwhile (null where that could not be read).
     */
    public record Outcome(Cell cell, CellState state, RunResult result, String reason, Instant started, Duration took,
                          List<Double> warmup, HostLoad load) {

        public Outcome {
            warmup = warmup == null ? List.of() : List.copyOf(warmup);
        }
    }

    private final String jvm;
    private final PrintStream log;
    private final HostLoadMeter meter = new HostLoadMeter();

    /**
     * @param jvm the java executable the forks run on, or null for the running JVM
     * @param log where JMH's text output goes
     */
    public CellRun(String jvm, PrintStream log) {
        this.jvm = jvm;
        this.log = log;
    }

    /**
     * Runs {@code cell} with {@code timing}, all its forks in one invocation; forks = 0 runs it in
     * this JVM (tests only: never for numbers). A run's rounds call it with one fork at a time.
     */
    public Outcome run(Cell cell, Timing timing) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        cell.params().forEach((k, v) -> params.put(k, List.of(v)));
        List<Outcome> outcomes = invoke("^" + Pattern.quote(cell.benchmark()) + "$", params, cell.threads(), timing, List.of(cell));
        return outcomes.get(0);
    }

    /** Runs every cell of {@code set} in one invocation: for smoke tests, where JVM starts would dominate. */
    public List<Outcome> runAll(Family family, CellSet set, Timing timing) {
        String methods = (set.methods().isEmpty() ? family.methods() : set.methods()).stream()
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Map<String, List<String>> params = new LinkedHashMap<>(family.axes());
        params.putAll(set.params());
        return invoke("^" + Pattern.quote(family.benchmark().getName()) + "\\.(" + methods + ")$", params,
                set.threads(), timing, family.expand(set));
    }

    private List<Outcome> invoke(String include, Map<String, List<String>> params, int threads, Timing timing,
                                 List<Cell> expected) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        Optional<HostLoadMeter.Snapshot> before = meter.snapshot();
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(include)
                .forks(timing.forks())
                .warmupIterations(timing.warmupIterations())
                .warmupTime(TimeValue.milliseconds(timing.warmupTime().toMillis()))
                .measurementIterations(timing.iterations())
                .measurementTime(TimeValue.milliseconds(timing.iterationTime().toMillis()))
                .threads(threads)
                .shouldFailOnError(false)
                .verbosity(VerboseMode.NORMAL);
        if (jvm != null) {
            b.jvm(jvm);
        }
        params.forEach((k, v) -> b.param(k, v.toArray(new String[0])));
        FailureCapture out = new FailureCapture(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL));
        Map<Cell, RunResult> measured = new LinkedHashMap<>();
        String runnerError = null;
        // JMH relays what a fork prints (setup proofs: "negotiated: ...") to this JVM's System.out and
        // System.err, not to its OutputFormat; send it to the log too, so the console keeps the progress.
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(log);
        System.setErr(log);
        try {
            Collection<RunResult> results = new Runner(b.build(), out).run();
            results.forEach(r -> measured.put(FailureCapture.cellOf(r.getParams()), r));
        } catch (RunnerException | RuntimeException e) {
            runnerError = "JMH could not run it: " + e;
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        HostLoad load = HostLoadMeter.between(before, meter.snapshot()).orElse(null);
        List<Outcome> outcomes = new ArrayList<>();
        for (Cell c : expected) {
            outcomes.add(outcome(c, measured.get(c), out.failures().get(c), runnerError, started, took,
                    out.warmup().getOrDefault(c, List.of()), load));
        }
        return outcomes;
    }

    /**
     * A failure decides the state even when some forks measured (a cell with a failed fork is not
     * published); without one, a result is a measurement and its absence a failure.
     */
    private static Outcome outcome(Cell cell, RunResult result, FailureCapture.Failure failure, String runnerError,
                                   Instant started, Duration took, List<Double> warmup, HostLoad load) {
        if (failure != null) {
            CellState state = CellState.ofFailure(failure.exceptionClass());
            String reason = failure.exceptionClass().isEmpty() || state != CellState.FAILED
                    ? failure.message() : failure.exceptionClass() + ": " + failure.message();
            return new Outcome(cell, state, null, reason, started, took, warmup, load);
        }
        if (result == null) {
            return new Outcome(cell, CellState.FAILED, null,
                    runnerError != null ? runnerError : "JMH gave no result and reported no failure (see the log)", started, took,
                    warmup, load);
        }
        return new Outcome(cell, CellState.MEASURED, result, "", started, took, warmup, load);
    }
}
