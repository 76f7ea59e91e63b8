package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.bench.Cell;
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
    public static List<Kind> kinds(JsonNode row) {
        List<Kind> kinds = new ArrayList<>();
        if (row.path("invalidAccepted").asInt() > 0) {
            kinds.add(Kind.ACCEPTS_INVALID);
        }
        if (row.path("validFailed").asInt() > 0) {
            kinds.add(Kind.REJECTS_VALID);
        }
        String status = row.path("status").asText();
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
    static List<GateFlag> forCell(List<JsonNode> rows, List<JsonNode> attribution, String family, Cell cell) {
        List<GateFlag> out = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Kind> kinds = kinds(row);
            if (kinds.isEmpty() || !affects(row, family, cell) || !negotiated(row, attribution, cell)) {
                continue;
            }
            for (Kind k : kinds) {
                out.add(new GateFlag(k, row.path("provider").asText(), row.path("file").asText(),
                        row.path("summary").asText(row.path("reason").asText(""))));
            }
        }
        return out;
    }

    private static boolean affects(JsonNode row, String family, Cell cell) {
        for (JsonNode a : row.path("affects")) {
            if (!a.path("family").asText().equals(family)) {
                continue;
            }
            String owner = cell.params().get(a.path("ownerParam").asText());
            String algorithm = cell.params().get(a.path("algorithmParam").asText());
            if (contains(a.path("owners"), owner) && contains(a.path("algorithms"), algorithm)) {
                return true;
            }
        }
        return false;
    }

    /** False only when the attribution of the cell's stack and configuration lists what it negotiated, without this row's algorithm. */
    private static boolean negotiated(JsonNode row, List<JsonNode> attribution, Cell cell) {
        String stack = cell.params().get("stack");
        String config = cell.params().get("config");
        for (JsonNode a : attribution) {
            if (a.path("stack").asText().equals(stack) && a.path("config").asText().equals(config) && a.has("negotiatedParts")) {
                return contains(a.path("negotiatedParts"), row.path("algorithm").asText());
            }
        }
        return true;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** "BC accepts invalid input in ecdh_secp256r1_test.json: security": one line, for a chart's footnote. */
    public String oneLine() {
        return provider + " " + kind.label() + " in " + file + ": " + kind.meaning();
    }
}
