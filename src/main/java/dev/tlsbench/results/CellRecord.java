package dev.tlsbench.results;

import dev.tlsbench.bench.CellState;
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
 * @param seconds   how long it took, null before it ran
 */
public record CellRecord(String key, String family, String benchmark, Map<String, String> params, int threads, String timing,
                         CellState state, String reason, Double seconds) {

    public CellRecord {
        params = params == null ? Map.of() : params;
        threads = threads <= 0 ? 1 : threads;
    }

    /** The same cell in another state. */
    public CellRecord with(CellState newState, String newReason, Double newSeconds) {
        return new CellRecord(key, family, benchmark, params, threads, timing, newState, newReason, newSeconds);
    }

    /** The reason, "" when there is none. */
    public String reasonText() {
        return reason == null ? "" : reason;
    }
}
