package dev.tlsbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JVM's part of env.json: its version, the capability matrix it probed (who can do what, and
 * why not) and the correctness gate (Wycheproof vectors per provider x suite).
 */
public final class JvmEnv {

    /** A TLS stack's JCA provider, for flagging stacks whose crypto comes from a flagged provider. */
    private static final Map<String, String> STACK_TOKEN_PROVIDER = Map.of("SUNJSSE", "JDK");

    private final JsonNode node;

    JvmEnv(JsonNode node) {
        this.node = node;
    }

    public JsonNode node() { return node; }
    public String id() { return node.get("id").asText(); }

    public String javaVersion() {
        return node.path("jvm").path("java.runtime.version").asText(node.path("providers").path("java.version").asText("?"));
    }

    public String javaVendor() {
        return node.path("jvm").path("java.vendor").asText(node.path("providers").path("java.vendor").asText("?"));
    }

    /** "Eclipse Adoptium 25+36-LTS", for captions. */
    public String label() {
        return javaVendor() + " " + javaVersion();
    }

    /**
     * Why {@code owner} cannot do {@code algorithm}, from the capability matrix, or empty when it can
     * (or the matrix does not cover the pair).
     */
    public Optional<String> unsupportedReason(String ownerParam, String owner, String algorithmParam, String algorithm) {
        for (JsonNode c : node.path("providers").path("capabilities")) {
            if (c.path("ownerParam").asText().equals(ownerParam) && c.path("owner").asText().equals(owner)
                    && c.path("algorithmParam").asText().equals(algorithmParam)
                    && c.path("algorithm").asText().equals(algorithm) && !c.path("supported").asBoolean(true)) {
                return Optional.of(c.path("reason").asText("unsupported"));
            }
        }
        return Optional.empty();
    }

    /** Owners the capability matrix knows for an algorithm axis, in matrix order. */
    public List<String> owners(String ownerParam, String algorithmParam) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : node.path("providers").path("capabilities")) {
            if (c.path("ownerParam").asText().equals(ownerParam) && c.path("algorithmParam").asText().equals(algorithmParam)
                    && !out.contains(c.path("owner").asText())) {
                out.add(c.path("owner").asText());
            }
        }
        return out;
    }

    /** Algorithms the capability matrix knows for an owner x algorithm axis, in matrix order. */
    public List<String> algorithms(String ownerParam, String algorithmParam) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : node.path("providers").path("capabilities")) {
            if (c.path("ownerParam").asText().equals(ownerParam) && c.path("algorithmParam").asText().equals(algorithmParam)
                    && !out.contains(c.path("algorithm").asText())) {
                out.add(c.path("algorithm").asText());
            }
        }
        return out;
    }

    /**
     * Per TLS stack x handshake configuration: what a proven handshake negotiated and which
     * provider served each service inside it (TlsAttributionMain), or why the stack cannot do it.
     */
    public List<JsonNode> attributionRows() {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode attribution = node.path("tlsAttribution");
        if (attribution.isArray()) { // an object here is EnvMain's note that the step failed
            attribution.forEach(rows::add);
        }
        return rows;
    }

    /** The gate's rows: one per provider x vector suite. */
    public List<JsonNode> gateRows() {
        List<JsonNode> rows = new ArrayList<>();
        node.path("vectorGate").path("suites").forEach(rows::add);
        return rows;
    }

    /**
     * Why results of {@code owner} (a provider, or a stack through its providers) must not be
     * trusted: it accepted an invalid vector or failed a valid one. Empty when the gate passed.
     */
    public Optional<String> gateFlag(String owner) {
        Map<String, List<String>> bad = new LinkedHashMap<>();
        for (JsonNode r : gateRows()) {
            String provider = r.path("provider").asText();
            if (!providerOf(owner, provider)) {
                continue;
            }
            if (r.path("invalidAccepted").asInt() > 0) {
                bad.computeIfAbsent(provider + " ACCEPTS INVALID vectors", k -> new ArrayList<>()).add(r.path("file").asText());
            } else if (r.path("status").asText().equals("fail") || r.path("status").asText().equals("error")) {
                bad.computeIfAbsent(provider + " fails vectors", k -> new ArrayList<>()).add(r.path("file").asText());
            }
        }
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        bad.forEach((what, files) -> sb.append(sb.length() == 0 ? "" : "; ").append(what).append(" (").append(String.join(", ", files)).append(')'));
        return Optional.of(sb.toString());
    }

    /** A provider owns its results; a stack (e.g. BCJSSE_BC, SUNJSSE_ACCP) those of the providers it names. */
    private static boolean providerOf(String owner, String provider) {
        if (owner.equals(provider)) {
            return true;
        }
        for (String token : owner.split("_")) {
            if (token.equals(provider) || provider.equals(STACK_TOKEN_PROVIDER.get(token))) {
                return true;
            }
        }
        return false;
    }
}
