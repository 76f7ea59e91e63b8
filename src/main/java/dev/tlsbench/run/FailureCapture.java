package dev.tlsbench.run;

import dev.tlsbench.bench.Cell;
import java.io.IOException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's own text output, passed through unchanged, with the first failure of each benchmark (cell)
 * kept: JMH prints {@code <failure>} and then each throwable of a setup, iteration or fork that
 * failed (class name and message on the first line). That exception's class is what tells an
 * unsupported combination from a harness limit from a real failure (see CellState.ofFailure).
 * It also keeps each cell's warmup iteration scores, which JMH reports here but leaves out of its
 * results: they show how long a fork warmed and whether it was still climbing.
 */
final class FailureCapture implements OutputFormat {

    /** What failed first: the exception class and its message (or JMH's own text for a fork that died). */
    record Failure(String exceptionClass, String message) {
    }

    private final OutputFormat text;
    private final Map<Cell, Failure> failures = new LinkedHashMap<>();
    private final Map<Cell, List<Double>> warmup = new LinkedHashMap<>();
    private Cell current;
    private boolean afterMarker;

    FailureCapture(OutputFormat text) {
        this.text = text;
    }

    /** The first failure JMH reported for each cell that had one. */
    Map<Cell, Failure> failures() {
        return failures;
    }

    /** The primary score of every warmup iteration of each cell, in order (all its forks of this invocation). */
    Map<Cell, List<Double>> warmup() {
        return warmup;
    }

    /** The cell JMH names in these parameters. */
    static Cell cellOf(BenchmarkParams params) {
        Map<String, String> p = new LinkedHashMap<>();
        params.getParamsKeys().forEach(k -> p.put(k, params.getParam(k)));
        return new Cell(params.getBenchmark(), p, params.getThreads());
    }

    @Override
    public void println(String s) {
        text.println(s);
        if (s.equals("<failure>")) {
            afterMarker = true;
        } else if (s.startsWith("<forked VM failed") && current != null) {
            // A fork that died (a crash, a native abort) reports no exception of its own.
            failures.putIfAbsent(current, new Failure("", s.substring(1, s.length() - 1)
                    + ": the forked JVM died; its output is in the log"));
        } else if (afterMarker && !s.isBlank()) {
            afterMarker = false;
            if (current != null) {
                failures.putIfAbsent(current, parse(s));
            }
        }
    }

    /** "pkg.Exception: message\n\tat ..." or "pkg.Exception" alone. */
    static Failure parse(String throwableText) {
        String line = throwableText.lines().findFirst().orElse("").trim();
        int colon = line.indexOf(": ");
        String cls = colon < 0 ? line : line.substring(0, colon);
        if (!cls.matches("[\\w.$]+")) { // not "class: message": JMH's own words
            return new Failure("", line);
        }
        return new Failure(cls, colon < 0 ? "" : line.substring(colon + 2));
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        text.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        text.iterationResult(benchParams, params, iteration, data);
        if (params.getType() == IterationType.WARMUP) {
            warmup.computeIfAbsent(cellOf(benchParams), c -> new ArrayList<>()).add(data.getPrimaryResult().getScore());
        }
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        current = cellOf(benchParams);
        afterMarker = false;
        text.startBenchmark(benchParams);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        text.endBenchmark(result);
    }

    @Override
    public void startRun() {
        text.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        text.endRun(result);
    }

    @Override
    public void print(String s) {
        text.print(s);
    }

    @Override
    public void flush() {
        text.flush();
    }

    @Override
    public void close() {
        text.close();
    }

    @Override
    public void verbosePrintln(String s) {
        text.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        text.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        text.write(b);
    }
}
