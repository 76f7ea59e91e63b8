package dev.tlsbench.bench;

import dev.tlsbench.provider.HarnessLimit;
import dev.tlsbench.provider.Unsupported;
import java.util.Arrays;
import java.util.Optional;

/**
 * What became of one cell of a run. Every cell has exactly one; a report draws each differently
 * and never shows a failure as "n/a".
 */
public enum CellState {
    /** Measured: a score with its samples. */
    MEASURED("measured"),
    /** The owner cannot do it: found by trying (setup threw Unsupported), with the reason. */
    UNSUPPORTED("unsupported"),
    /** The owner can, but the suite cannot make it (setup threw HarnessLimit), with the reason. */
    HARNESS_LIMIT("harness limit"),
    /** Part of the matrix, not of the profile that was run. */
    NOT_IN_PROFILE("not in profile"),
    /** A proof, a measurement or a fork failed: the run exits non-zero. */
    FAILED("FAILED"),
    /** Planned and not run yet, or interrupted while it ran: a resumed run measures it. */
    PENDING("pending");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    /** How tables and charts name the state. */
    public String label() {
        return label;
    }

    /** The state whose {@link #label()} is {@code label} (as result files and status.tsv spell it). */
    public static Optional<CellState> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    /** "measured, unsupported, harness limit, not in profile, FAILED, pending": for messages naming the valid states. */
    public static String validLabels() {
        return String.join(", ", Arrays.stream(values()).map(CellState::label).toList());
    }

    /**
     * True when a rerun would not change it (measured, unsupported, harness limit): a resumed run
     * keeps such a cell and measures the others (FAILED, pending).
     */
    public boolean settled() {
        return this == MEASURED || this == UNSUPPORTED || this == HARNESS_LIMIT;
    }

    /**
     * The state of a cell whose setup or iteration threw: {@code exceptionClass} is the class name
     * JMH printed first for the failure.
     */
    public static CellState ofFailure(String exceptionClass) {
        if (exceptionClass.equals(HarnessLimit.class.getName())) {
            return HARNESS_LIMIT;
        }
        return exceptionClass.equals(Unsupported.class.getName()) ? UNSUPPORTED : FAILED;
    }
}
