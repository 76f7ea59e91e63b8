package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import java.util.List;

/**
 * One planned (or not planned) cell of one JVM with what became of it: its status and reason from
 * cells.json, its JMH result and evidence when measured, and the correctness-gate findings that
 * apply to it (only the gate rows whose {@code affects} name this cell's family, owner and algorithm).
 */
public record CellOutcome(FamilyPlan family, Cell cell, CellStatus status, String reason, String timing, double seconds,
                   JmhResult result, Evidence evidence, List<GateFlag> gateFlags) {

    public String param(String name) {
        return cell.params().get(name);
    }

    public String owner() {
        return param(family.ownerParam());
    }

    public String method() {
        return cell.method();
    }

    public boolean measured() {
        return status == CellStatus.MEASURED;
    }

    /** Score in operations per second (NaN unless measured). */
    public double score() {
        return evidence == null ? Double.NaN : evidence.score();
    }
}
