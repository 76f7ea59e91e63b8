package dev.tlsbench.report.input;

import dev.tlsbench.bench.CellState;
import java.util.Arrays;

/**
 * What became of a cell, as the report shows it: one per {@link CellState} (pending included:
 * planned, not run because the run was interrupted), with its meaning for legends. Listed in the
 * order the report lists cells: FAILED and pending first, so a failure is never buried under
 * results; never "n/a".
 */
public enum CellStatus {
    FAILED(CellState.FAILED.label(), "FAILED"),
    PENDING(CellState.PENDING.label(), "pending (not run: the run was interrupted)"),
    MEASURED(CellState.MEASURED.label(), "measured"),
    UNSUPPORTED(CellState.UNSUPPORTED.label(), "unsupported by the provider"),
    HARNESS_LIMIT(CellState.HARNESS_LIMIT.label(), "harness limit (the provider can, the suite cannot make it)"),
    NOT_IN_PROFILE(CellState.NOT_IN_PROFILE.label(), "not in this profile");

    private final String label;
    private final String meaning;

    CellStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** As cells.json, status.tsv and the CSV spell it. */
    public String label() {
        return label;
    }

    /** For legends and tables. */
    String meaning() {
        return meaning;
    }

    /** How the report shows a cell in {@code state}. */
    static CellStatus of(CellState state) {
        return Arrays.stream(values()).filter(s -> s.label.equals(state.label())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no report status for " + state));
    }
}
