package dev.tlsbench.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.input.GateFlag;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.util.ArrayList;
import java.util.List;

/**
 * The correctness gate (Wycheproof vectors per provider x suite) and the TLS attribution (what each
 * SSLEngine configuration negotiated and which provider served each part), per JVM. A failed row
 * says its kind and which cells it flags: only those its {@code affects} names.
 */
final class CorrectnessSection {

    private CorrectnessSection() {
    }

    static void write(Html h, ReportInputs in) {
        h.heading(2, "correctness", "Correctness gate (Wycheproof)");
        for (JvmRun r : in.runs()) {
            h.heading(3, "", r.label(in.multiDir()) + ": " + r.jvm().label());
            List<JsonNode> rows = r.jvm().gateRows();
            if (rows.isEmpty()) {
                h.p("na", "no gate rows: the gate did not run or its output is missing (see the environment section)");
                continue;
            }
            h.tableStart("data", List.of("provider", "suite", "status", "finding", "valid ok / failed", "invalid rejected / ACCEPTED",
                    "acceptable acc. / rej.", "skipped", "flags the cells of", "summary"));
            for (JsonNode row : rows) {
                List<GateFlag.Kind> kinds = GateFlag.kinds(row);
                String cls = kinds.isEmpty() ? (row.path("status").asText().equals("unsupported") ? "na" : "") : "bad";
                h.row(cls, List.of(row.path("provider").asText(), row.path("file").asText(), row.path("status").asText(),
                        String.join(", ", kinds.stream().map(k -> k.label() + " (" + k.meaning() + ")").toList()),
                        row.path("validPassed").asText("") + " / " + row.path("validFailed").asText(""),
                        row.path("invalidRejected").asText("") + " / " + row.path("invalidAccepted").asText(""),
                        row.path("acceptableAccepted").asText("") + " / " + row.path("acceptableRejected").asText(""),
                        row.path("skipped").asText(""), kinds.isEmpty() ? "" : affects(row),
                        row.has("summary") ? row.path("summary").asText() : row.path("reason").asText("")));
            }
            h.tableEnd();
        }
        h.heading(2, "attribution", "SSLEngine handshakes: what was negotiated and who served it");
        for (JvmRun r : in.runs()) {
            List<JsonNode> rows = r.jvm().attributionRows();
            h.heading(3, "", r.label(in.multiDir()));
            if (rows.isEmpty()) {
                h.p("na", "no attribution rows: the probe did not run or failed (see the environment section)");
                continue;
            }
            h.tableStart("data", List.of("stack", "configuration", "negotiated", "the client sent", "resumed by", "served by"));
            for (JsonNode a : rows) {
                boolean ok = a.path("supported").asBoolean(false);
                List<String> served = new ArrayList<>();
                a.path("providers").fields().forEachRemaining(e -> served.add(e.getKey().toLowerCase().replace('_', ' ') + ": " + e.getValue().asText()));
                a.path("inherent").forEach(n -> served.add("inherent: " + n.asText()));
                String who = a.has("pair") ? Labels.owner(a.path("pair").asText()) : Labels.owner(a.path("stack").asText());
                h.row(ok ? "" : "na", List.of(who, Labels.constant(a.path("config").asText()),
                        ok ? a.path("protocol").asText() + " " + a.path("suite").asText() + " " + a.path("group").asText()
                                : "unsupported: " + a.path("reason").asText(), ok ? clientSent(a) : "", a.path("resumedBy").asText(""),
                        String.join("; ", served)));
            }
            h.tableEnd();
        }
    }

    /** Key shares (and the retry's), groups and signature schemes of the client's ClientHello, and the wire note. */
    private static String clientSent(JsonNode a) {
        if (!a.has("clientKeyShares")) {
            return "(not recorded)";
        }
        List<String> out = new ArrayList<>();
        out.add("key shares: " + join(a.path("clientKeyShares")) + (a.path("hrr").asBoolean(false)
                ? "; after the HelloRetryRequest: " + join(a.path("clientRetryKeyShares")) : ""));
        out.add("groups: " + join(a.path("clientGroups")));
        out.add("signature schemes: " + join(a.path("clientSignatureSchemes")));
        if (!a.path("wireNote").asText("").isEmpty()) {
            out.add(a.path("wireNote").asText());
        }
        return String.join("; ", out);
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    private static String affects(JsonNode row) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : row.path("affects")) {
            List<String> algorithms = new ArrayList<>();
            a.path("algorithms").forEach(x -> algorithms.add(Labels.constant(x.asText())));
            out.add(a.path("family").asText() + ": " + String.join(", ", algorithms));
        }
        return String.join("; ", out);
    }
}
