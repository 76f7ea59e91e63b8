package dev.tlsbench.report.html;

import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.input.GateFlag;
import dev.tlsbench.report.input.GateSeverity;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.results.Probes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The correctness gate (Wycheproof vectors per provider x suite) and the TLS attribution (what each
 * SSLEngine configuration negotiated and which provider served each part), per JVM. A failed row
 * says its kinds with their severity and mark, the failed vectors with Wycheproof's flags and bug
 * types, and which cells it flags: only those its {@code affects} names.
 */
final class CorrectnessSection {

    private CorrectnessSection() {
    }

    static void write(Html h, ReportInputs in) {
        h.heading(2, "correctness", "Correctness gate (Wycheproof)");
        h.p("note", ChartModel.MarkKind.GATE.symbol() + " marks a finding that can matter in TLS: a forged, malleable or modified"
                + " signature or tag accepted, a wrong shared secret or decryption, an invalid curve point taken. "
                + ChartModel.MarkKind.GATE_LENIENT.symbol() + " marks one that cannot: a leniency Wycheproof's bug type rates harmless"
                + " (LEGACY, BER_ENCODING, FUNCTIONALITY, MISSING_PARAMETER), an input no TLS peer can send (a key with explicit curve"
                + " parameters), or a valid input refused (the handshake fails, visibly). Each failed vector is judged by what the provider"
                + " did and its flags' bug types; failures a run did not list are counted as " + ChartModel.MarkKind.GATE.symbol() + "."
                + " A finding of one end (signature verification: the client; key-transport decryption: the server) marks only that"
                + " end's cells; a stack's defaults are marked only for what the attribution says they negotiated.");
        for (JvmRun r : in.runs()) {
            h.heading(3, "", r.label(in.multiDir()) + ": " + r.jvm().label());
            List<Probes.GateRow> rows = r.jvm().gateRows();
            if (rows.isEmpty()) {
                h.p("na", "no gate rows: the gate did not run or its output is missing (see the environment section)");
                continue;
            }
            h.tableStart("data", List.of("provider", "suite", "side", "status", "finding", "failed vectors (flag: bug type)",
                    "valid ok / failed", "invalid rejected / ACCEPTED", "acceptable acc. / rej.", "skipped", "flags the cells of", "summary"));
            for (Probes.GateRow row : rows) {
                List<GateFlag> flags = GateFlag.of(row);
                String status = text(row.status());
                String cls = flags.isEmpty() ? (status.equals("unsupported") ? "na" : "")
                        : flags.stream().anyMatch(g -> g.severity() == GateSeverity.SECURITY) ? "bad" : "";
                h.row(cls, List.of(text(row.provider()), text(row.file()), text(row.side() == null ? null : row.side().name()).toLowerCase(Locale.ROOT), status,
                        String.join("; ", flags.stream().map(g -> ChartModel.MarkKind.of(g.severity()).symbol() + " " + g.kind().label()
                                + " (" + g.kind().meaning(g.severity()) + ")").toList()),
                        String.join("; ", flags.stream().map(GateFlag::summary).toList()),
                        text(row.validPassed()) + " / " + text(row.validFailed()),
                        text(row.invalidRejected()) + " / " + text(row.invalidAccepted()),
                        text(row.acceptableAccepted()) + " / " + text(row.acceptableRejected()),
                        text(row.skipped()), flags.isEmpty() ? "" : affects(row),
                        row.summary() != null ? row.summary() : text(row.reason())));
            }
            h.tableEnd();
        }
        h.heading(2, "attribution", "SSLEngine handshakes: what was negotiated and who served it");
        for (JvmRun r : in.runs()) {
            List<Probes.AttributionRow> rows = r.jvm().attributionRows();
            h.heading(3, "", r.label(in.multiDir()));
            if (rows.isEmpty()) {
                h.p("na", "no attribution rows: the probe did not run or failed (see the environment section)");
                continue;
            }
            h.tableStart("data", List.of("stack", "configuration", "negotiated", "the client sent", "resumed by", "served by"));
            for (Probes.AttributionRow a : rows) {
                boolean ok = a.supported();
                List<String> served = new ArrayList<>();
                if (a.providers() != null) {
                    a.providers().forEach((role, who) -> served.add(role.toLowerCase().replace('_', ' ') + ": " + text(who)));
                }
                if (a.inherent() != null) {
                    a.inherent().forEach(n -> served.add("inherent: " + n));
                }
                h.row(ok ? "" : "na", List.of(r.plan().ownerLabel(text(a.who())), Labels.constant(text(a.config())),
                        ok ? text(a.protocol()) + " " + text(a.suite()) + " " + text(a.group())
                                : "unsupported: " + text(a.reason()), ok ? clientSent(a) : "", text(a.resumedBy()),
                        String.join("; ", served)));
            }
            h.tableEnd();
        }
    }

    /** Key shares (and the retry's), groups and signature schemes of the client's ClientHello, and the wire note. */
    private static String clientSent(Probes.AttributionRow a) {
        if (a.clientKeyShares() == null) {
            return "(not recorded)";
        }
        List<String> out = new ArrayList<>();
        out.add("key shares: " + join(a.clientKeyShares()) + (Boolean.TRUE.equals(a.hrr())
                ? "; after the HelloRetryRequest: " + join(a.clientRetryKeyShares()) : ""));
        out.add("groups: " + join(a.groupsSent()));
        out.add("signature schemes: " + join(a.schemesSent()));
        if (!a.wireNoteText().isEmpty()) {
            out.add(a.wireNoteText());
        }
        return String.join("; ", out);
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static String affects(Probes.GateRow row) {
        List<String> out = new ArrayList<>();
        for (Probes.Affects a : row.affects()) {
            out.add(text(a.family()) + ": " + String.join(", ", a.algorithms().stream().map(Labels::constant).toList()));
        }
        return String.join("; ", out);
    }

    /** A field as the table shows it: "" when the probe left it out. */
    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
