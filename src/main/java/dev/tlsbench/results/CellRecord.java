package dev.tlsbench.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tlsbench.bench.CellState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One planned cell of a JVM in its cells.json, and what became of it.
 *
 * @param key       the cell's key ("benchmark p=v ..."), as {@link dev.tlsbench.bench.Cell#key()} spells it
 * @param family    the family's name, as plan.json names it
 * @param benchmark the JMH benchmark (class.method)
 * @param params    @Param name to value
 * @param threads   JMH threads
 * @param timing    the JMH timing options it was (or will be) run with
 * @param state     what became of it; {@link CellState#PENDING} until it ran
 * @param reason    why it is unsupported, a harness limit or FAILED (null or "" otherwise)
 * @param seconds   how long it took, all its forks, null before it ran
 * @param forks     its measured forks in the order they ran, each in jmh.json's rawData at the same
 *                  index; empty before one finished (and in files written before forks were recorded)
 */
public record CellRecord(String key, String family, String benchmark, Map<String, String> params, int threads, String timing,
                         CellState state, String reason, Double seconds,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Fork> forks) {

    /**
     * One fork of the cell, one JMH invocation of it.
     *
     * @param round   the run's round it ran in: fork i of every cell runs in round i (then adaptive rounds)
     * @param started when it started (ISO-8601, UTC)
     * @param seconds how long it took, JVM start and setup included
     * @param warmup  the primary score of each warmup iteration, in order: how long it warmed and whether
     *                it was still climbing when measurement began
     * @param load    what else the machine did meanwhile (null where it was not read: files written before
     *                it was, or not Linux)
     * @param timing  the JMH timing of this fork when it differs from the cell's (a longer fork given to a
     *                cell whose earlier forks did not settle); null when it is the cell's
     */
    public record Fork(int round, String started, double seconds, List<Double> warmup, HostLoad load,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String timing) {

        public Fork {
            warmup = warmup == null ? List.of() : List.copyOf(warmup);
        }
    }

    public CellRecord {
        params = params == null ? Map.of() : params;
        threads = threads <= 0 ? 1 : threads;
        forks = forks == null ? List.of() : List.copyOf(forks);
    }

    /** The same cell in another state, its forks kept. */
    public CellRecord with(CellState newState, String newReason, Double newSeconds) {
        return new CellRecord(key, family, benchmark, params, threads, timing, newState, newReason, newSeconds, forks);
    }

    /** The same cell with these forks. */
    public CellRecord withForks(List<Fork> newForks) {
        return new CellRecord(key, family, benchmark, params, threads, timing, state, reason, seconds, newForks);
    }

    /** The same cell with one more fork, measured. */
    public CellRecord plusFork(Fork fork) {
        List<Fork> all = new ArrayList<>(forks);
        all.add(fork);
        double total = all.stream().mapToDouble(Fork::seconds).sum();
        return new CellRecord(key, family, benchmark, params, threads, timing, CellState.MEASURED, "",
                Math.round(total * 10) / 10.0, all);
    }

    /** The reason, "" when there is none. */
    public String reasonText() {
        return reason == null ? "" : reason;
    }
}
