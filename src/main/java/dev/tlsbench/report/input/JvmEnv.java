package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One JVM's part of env.json: what the JVM is, its crypto-relevant VM flags, which providers loaded
 * (with their native libraries), the correctness gate and the TLS attribution. A probe that failed
 * left {"error": "..."} in its place: {@link #pieceErrors()} lists them so the report shows them.
 */
public record JvmEnv(JsonNode node) {

    /** The pieces EnvCapture records per JVM, by their env.json field, with what each explains. */
    static final List<String[]> PIECES = List.of(new String[] {"jvm", "JVM properties"},
            new String[] {"flags", "VM flags (crypto intrinsics)"}, new String[] {"providers", "providers and capability matrix"},
            new String[] {"vectorGate", "correctness gate (Wycheproof)"}, new String[] {"tlsAttribution", "TLS attribution"});

    String id() {
        return node.path("id").asText();
    }

    public String javaVersion() {
        return node.path("jvm").path("java.runtime.version").asText(node.path("providers").path("java.version").asText("?"));
    }

    String javaVendor() {
        return node.path("jvm").path("java.vendor").asText(node.path("providers").path("java.vendor").asText("?"));
    }

    /** "JDK 17.0.15+6 (Debian)", for captions. */
    public String label() {
        return "JDK " + javaVersion() + " (" + javaVendor() + ")";
    }

    /** "jvm: JvmInfoMain failed ..." per piece that is an error or missing: shown, never ignored. */
    public List<String> pieceErrors() {
        List<String> out = new ArrayList<>();
        for (String[] p : PIECES) {
            JsonNode piece = node.get(p[0]);
            if (piece == null || piece.isNull()) {
                out.add(p[1] + " (" + p[0] + "): missing from env.json");
            } else if (piece.isObject() && piece.has("error")) {
                out.add(p[1] + " (" + p[0] + "): " + piece.get("error").asText());
            }
        }
        return out;
    }

    /** A VM flag's value ("true", "3" ...), empty when this JVM has no such flag. */
    public Optional<String> flag(String name) {
        JsonNode f = node.path("flags").path(name);
        return f.isMissingNode() ? Optional.empty() : Optional.of(f.path("value").asText(f.asText()));
    }

    public JsonNode flags() {
        return node.path("flags");
    }

    public List<JsonNode> providers() {
        return list(node.path("providers").path("providers"));
    }

    /** One row per provider x Wycheproof suite. */
    public List<JsonNode> gateRows() {
        return list(node.path("vectorGate").path("suites"));
    }

    /** Per TLS stack x configuration: what was negotiated and who served it, or why not. */
    public List<JsonNode> attributionRows() {
        return list(node.path("tlsAttribution"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }
}
