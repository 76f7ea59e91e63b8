package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.results.Probes;
import java.util.ArrayList;
import java.util.List;

/**
 * A correctness-gate finding that applies to a cell: a Wycheproof suite that the cell's provider
 * failed, for one of the primitives the cell is made of. A gate row flags only the cells its
 * {@code affects} names (family, owners, algorithms): an ECDSA failure of the JDK flags the JDK's
 * ECDSA signatures and the handshakes that sign with ECDSA, and nothing on AES-GCM. A TLS stack's
 * defaults may negotiate many things, so the gate names them for every primitive they allow; where
 * the run's TLS attribution recorded what a stack's defaults did negotiate ({@code negotiatedParts}),
 * only a finding on one of those flags the cell.
 */
public record GateFlag(Kind kind, String provider, String file, String summary) {

    public enum Kind {
        ACCEPTS_INVALID, REJECTS_VALID, GATE_ERROR;

        /** How tables and footnotes name it. */
        public String label() {
            return switch (this) {
                case ACCEPTS_INVALID -> "accepts invalid input";
                case REJECTS_VALID -> "rejects valid input";
                case GATE_ERROR -> "gate error";
            };
        }

        /** What kind of finding it is. */
        public String meaning() {
            return switch (this) {
                case ACCEPTS_INVALID -> "a security finding";
                case REJECTS_VALID -> "an interoperability finding";
                case GATE_ERROR -> "its vectors could not be judged: correctness unknown";
            };
        }
    }

    /** The kinds a gate row stands for (none when it passed or the provider does not support the suite). */
    public static List<Kind> kinds(Probes.GateRow row) {
        List<Kind> kinds = new ArrayList<>();
        if (row.invalidAccepted() != null && row.invalidAccepted() > 0) {
            kinds.add(Kind.ACCEPTS_INVALID);
        }
        if (row.validFailed() != null && row.validFailed() > 0) {
            kinds.add(Kind.REJECTS_VALID);
        }
        String status = String.valueOf(row.status());
        if (kinds.isEmpty() && (status.equals("fail") || status.equals("error"))) {
            kinds.add(Kind.GATE_ERROR);
        }
        return kinds;
    }

    /**
     * The findings of {@code rows} that apply to {@code cell} of {@code family}, narrowed by the
     * {@code attribution} rows (TlsAttributionMain: stack, config, negotiatedParts) where they say
     * what was negotiated.
     */
    static List<GateFlag> forCell(List<Probes.GateRow> rows, List<Probes.AttributionRow> attribution, String family, Cell cell) {
        List<GateFlag> out = new ArrayList<>();
        for (Probes.GateRow row : rows) {
            List<Kind> kinds = kinds(row);
            if (kinds.isEmpty() || !affects(row, family, cell) || !negotiated(row, attribution, cell)) {
                continue;
            }
            for (Kind k : kinds) {
                out.add(new GateFlag(k, row.provider(), row.file(),
                        row.summary() != null ? row.summary() : row.reason() != null ? row.reason() : ""));
            }
        }
        return out;
    }

    private static boolean affects(Probes.GateRow row, String family, Cell cell) {
        for (Probes.Affects a : row.affects()) {
            if (!family.equals(a.family())) {
                continue;
            }
            String owner = cell.params().get(a.ownerParam());
            String algorithm = cell.params().get(a.algorithmParam());
            if (a.owners().contains(owner) && a.algorithms().contains(algorithm)) {
                return true;
            }
        }
        return false;
    }

    /** False only when the attribution of the cell's stack and configuration lists what it negotiated, without this row's algorithm. */
    private static boolean negotiated(Probes.GateRow row, List<Probes.AttributionRow> attribution, Cell cell) {
        String stack = cell.params().get("stack");
        String config = cell.params().get("config");
        for (Probes.AttributionRow a : attribution) {
            if (String.valueOf(a.stack()).equals(stack) && String.valueOf(a.config()).equals(config) && a.negotiatedParts() != null) {
                return a.negotiatedParts().contains(row.algorithm());
            }
        }
        return true;
    }

    /** "BC accepts invalid input in ecdh_secp256r1_test.json: security": one line, for a chart's footnote. */
    public String oneLine() {
        return provider + " " + kind.label() + " in " + file + ": " + kind.meaning();
    }
}
