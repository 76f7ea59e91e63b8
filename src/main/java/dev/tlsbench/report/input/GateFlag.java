package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.results.Probes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A correctness-gate finding that applies to a cell: a Wycheproof suite that the cell's provider
 * failed, for one of the primitives the cell is made of, with its kind, its {@link GateSeverity}
 * and the end of the connection it is about. A gate row flags only the cells its {@code affects}
 * names (family, owners, algorithms): an ECDSA failure of the JDK flags the JDK's ECDSA signatures
 * and the handshakes that sign with ECDSA, and nothing on AES-GCM. A finding of one end (signature
 * verification is the client's, key-transport decryption the server's) flags a cell that measures
 * one end ({@code side}) only when it is that end. A stack's (or mixed pair's) defaults may negotiate
 * many things, so the gate names them for every primitive they allow; where the run's TLS
 * attribution recorded what a cell's defaults did negotiate ({@code negotiatedParts}), only a
 * finding on one of those flags the cell.
 *
 * @param side    the end whose use of the primitive the finding concerns
 * @param summary the failed vectors with their flags and bug types, or the row's summary where the
 *                run did not record them
 */
public record GateFlag(Kind kind, GateSeverity severity, Probes.GateSide side, String provider, String file, String summary) {

    public enum Kind {
        ACCEPTS_INVALID, REJECTS_VALID, WRONG_OUTPUT, GATE_ERROR;

        /** How tables and footnotes name it. */
        public String label() {
            return switch (this) {
                case ACCEPTS_INVALID -> "accepts invalid input";
                case REJECTS_VALID -> "rejects valid input";
                case WRONG_OUTPUT -> "gives a wrong result for valid input";
                case GATE_ERROR -> "gate error";
            };
        }

        /** What kind of finding it is, at a severity. */
        public String meaning(GateSeverity severity) {
            return switch (this) {
                case ACCEPTS_INVALID -> severity == GateSeverity.SECURITY ? "a security finding"
                        : "a leniency";
                case REJECTS_VALID -> severity == GateSeverity.SECURITY ? "unclassified, counted as before"
                        : "an interoperability finding";
                case WRONG_OUTPUT -> "a security finding";
                case GATE_ERROR -> "its vectors could not be judged: correctness unknown";
            };
        }
    }

    /**
     * The findings a gate row stands for, one per kind and severity (none when it passed or the
     * provider does not support the suite). A row's recorded findings are classified one by one;
     * failures its counts report beyond those (a run that listed only five) keep the kind their count
     * says, at SECURITY, as before bug types were recorded.
     */
    public static List<GateFlag> of(Probes.GateRow row) {
        Map<Kind, GateSeverity> kinds = new LinkedHashMap<>();
        Map<Kind, List<String>> what = new LinkedHashMap<>();
        int invalidSeen = 0;
        int validSeen = 0;
        for (Probes.GateFinding f : row.findingsOrEmpty()) {
            boolean valid = "valid".equals(f.result());
            Kind k = !valid ? Kind.ACCEPTS_INVALID : f.verdict() == Probes.GateVerdict.REFUSED ? Kind.REJECTS_VALID : Kind.WRONG_OUTPUT;
            kinds.merge(k, GateSeverity.of(f), GateSeverity::max);
            what.computeIfAbsent(k, x -> new ArrayList<>()).add(f.describe());
            if (valid) {
                validSeen += f.tcIds().size();
            } else {
                invalidSeen += f.tcIds().size();
            }
        }
        if (row.invalidAccepted() != null && row.invalidAccepted() > invalidSeen) {
            kinds.merge(Kind.ACCEPTS_INVALID, GateSeverity.SECURITY, GateSeverity::max);
            what.computeIfAbsent(Kind.ACCEPTS_INVALID, x -> new ArrayList<>()).add(unclassified(row.invalidAccepted() - invalidSeen));
        }
        if (row.validFailed() != null && row.validFailed() > validSeen) {
            kinds.merge(Kind.REJECTS_VALID, GateSeverity.SECURITY, GateSeverity::max);
            what.computeIfAbsent(Kind.REJECTS_VALID, x -> new ArrayList<>()).add(unclassified(row.validFailed() - validSeen));
        }
        String status = String.valueOf(row.status());
        if (kinds.isEmpty() && (status.equals("fail") || status.equals("error"))) {
            kinds.put(Kind.GATE_ERROR, GateSeverity.SECURITY);
        }
        Probes.GateSide side = row.side() == null ? Probes.GateSide.BOTH : row.side();
        String fallback = row.summary() != null ? row.summary() : row.reason() != null ? row.reason() : "";
        List<GateFlag> out = new ArrayList<>();
        kinds.forEach((k, s) -> out.add(new GateFlag(k, s, side, row.provider(), row.file(),
                row.findings() == null ? fallback : String.join("; ", what.getOrDefault(k, List.of(fallback))))));
        return out;
    }

    private static String unclassified(int n) {
        return n + " more not listed by the run, unclassified";
    }

    /**
     * The findings of {@code rows} that apply to {@code cell} of {@code family}, narrowed by the
     * cell's side and by the {@code attribution} rows (TlsAttributionMain: stack or pair, config,
     * negotiatedParts) where they say what was negotiated.
     */
    static List<GateFlag> forCell(List<Probes.GateRow> rows, List<Probes.AttributionRow> attribution, String family, Cell cell) {
        List<GateFlag> out = new ArrayList<>();
        for (Probes.GateRow row : rows) {
            if (!affects(row, family, cell) || !negotiated(row, attribution, cell)) {
                continue;
            }
            of(row).stream().filter(g -> onSide(g, cell)).forEach(out::add);
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

    /** False only for a cell that measures one end ({@code side} CLIENT or SERVER) and a finding of the other end. */
    private static boolean onSide(GateFlag g, Cell cell) {
        String cellSide = cell.params().get("side");
        return cellSide == null || g.side() == Probes.GateSide.BOTH || g.side().name().equals(cellSide);
    }

    /**
     * False only when the attribution of the cell's stack (or mixed pair) and configuration lists what
     * it negotiated, without this row's algorithm: every configuration the attribution covers, the
     * DEFAULTS ones included, on every family that has a stack or pair and a config.
     */
    private static boolean negotiated(Probes.GateRow row, List<Probes.AttributionRow> attribution, Cell cell) {
        String who = cell.params().containsKey("pair") ? cell.params().get("pair") : cell.params().get("stack");
        String config = cell.params().get("config");
        if (who == null || config == null) {
            return true;
        }
        for (Probes.AttributionRow a : attribution) {
            if (who.equals(a.who()) && config.equals(a.config()) && a.negotiatedParts() != null) {
                return a.negotiatedParts().contains(row.algorithm());
            }
        }
        return true;
    }

    /**
     * "BC accepts invalid input in ecdh_secp256r1_test.json: a security finding", or "JDK rejects valid
     * input in ecdsa_secp256r1_sha256_test.json, client side: an interoperability finding": one line,
     * without parentheses (a chart's footnote drops them), for a chart's footnote.
     */
    public String oneLine() {
        return provider + " " + kind.label() + " in " + file + (side == Probes.GateSide.BOTH ? "" : ", " + side.name().toLowerCase(Locale.ROOT) + " side")
                + ": " + kind.meaning(severity);
    }
}
