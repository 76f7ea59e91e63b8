package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.report.format.Num;
import java.util.List;
import java.util.Optional;

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

    /** The server's and the client's share per connection, where the cell measured it. */
    public Optional<SideShare> sides() {
        return result == null ? Optional.empty() : result.sides();
    }

    /**
     * The server's share for a page: "server 412 µs · 2 430 /s per core", "server share not
     * measured" for a connection cell of a run that did not count it, empty for any other cell.
     */
    public String serverShareText() {
        if (!measured() || !SideShare.FAMILIES.contains(family.name())) {
            return "";
        }
        return sides().map(s -> "server " + Num.sig(s.serverMicros()) + " µs · "
                + Num.sig(s.serverPerSecond()) + " /s per core").orElse(SideShare.NOT_MEASURED);
    }

    /** Score in operations per second (NaN unless measured). */
    public double score() {
        return evidence == null ? Double.NaN : evidence.score();
    }
}
