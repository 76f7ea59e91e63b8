package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JVM's part of env.json: its id and java, and what each environment probe printed, kept as the
 * probe wrote it (so env.json round-trips unchanged); a probe that failed left {"error": "..."} in its
 * place. The report reads the pieces through the typed views below, never through the raw JSON.
 *
 * @param jvm            JvmInfoMain's output (system properties and the fork's arguments)
 * @param flags          the crypto-relevant VM flags (PrintFlagsFinal)
 * @param providers      ProvidersMain's output (which providers loaded, the capability matrix)
 * @param vectorGate     VectorGateMain's output (the Wycheproof correctness gate)
 * @param tlsAttribution TlsAttributionMain's output (what SSLEngine handshakes negotiate and who serves them)
 */
public record JvmProbes(String id, String path, JsonNode jvm, JsonNode flags, JsonNode providers, JsonNode vectorGate,
                        JsonNode tlsAttribution) {

    /** The pieces by their env.json field, with what each explains. */
    public static final Map<String, String> PIECES = pieces();

    private static Map<String, String> pieces() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jvm", "JVM properties");
        m.put("flags", "VM flags (crypto intrinsics)");
        m.put("providers", "providers and capability matrix");
        m.put("vectorGate", "correctness gate (Wycheproof)");
        m.put("tlsAttribution", "TLS attribution");
        return m;
    }

    /** A piece by its field name (one of {@link #PIECES}). */
    public JsonNode piece(String field) {
        return switch (field) {
            case "jvm" -> jvm;
            case "flags" -> flags;
            case "providers" -> providers;
            case "vectorGate" -> vectorGate;
            case "tlsAttribution" -> tlsAttribution;
            default -> throw new IllegalArgumentException("no piece " + field + "; valid: " + PIECES.keySet());
        };
    }

    /** "TLS attribution (tlsAttribution): attribution.json unreadable: ..." per piece that is an error or missing. */
    public List<String> pieceErrors() {
        List<String> out = new ArrayList<>();
        PIECES.forEach((field, what) -> {
            JsonNode p = piece(field);
            if (p == null || p.isNull() || p.isMissingNode()) {
                out.add(what + " (" + field + "): missing from env.json");
            } else if (p.isObject() && p.has("error")) {
                out.add(what + " (" + field + "): " + p.get("error").asText());
            }
        });
        return out;
    }

    /** What the JVM is; its fields are null where the probe failed. */
    public Probes.JvmInfo jvmInfo() {
        return view(jvm, Probes.JvmInfo.class, Probes.JvmInfo.NONE);
    }

    /** The VM flags by name; empty where the probe failed. */
    public Map<String, Probes.VmFlag> vmFlags() {
        Map<String, Probes.VmFlag> out = new LinkedHashMap<>();
        if (flagsRecorded()) {
            flags.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isObject()
                    ? Json.MAPPER.convertValue(e.getValue(), Probes.VmFlag.class) : new Probes.VmFlag(e.getValue().asText(), null, null, null)));
        }
        return out;
    }

    /** Whether the flags probe gave a table (not an error, not missing). */
    public boolean flagsRecorded() {
        return flags != null && flags.isObject() && !flags.has("error");
    }

    public Probes.ProvidersProbe providersProbe() {
        return view(providers, Probes.ProvidersProbe.class, Probes.ProvidersProbe.NONE);
    }

    /** One row per provider x Wycheproof suite; empty where the gate did not run. */
    public List<Probes.GateRow> gateRows() {
        return view(vectorGate, Probes.GateProbe.class, Probes.GateProbe.NONE).suites();
    }

    /** Per TLS stack x configuration: what was negotiated and who served it, or why not. */
    public List<Probes.AttributionRow> attributionRows() {
        if (tlsAttribution == null || !tlsAttribution.isArray()) {
            return List.of();
        }
        List<Probes.AttributionRow> out = new ArrayList<>();
        tlsAttribution.forEach(a -> out.add(Json.MAPPER.convertValue(a, Probes.AttributionRow.class)));
        return out;
    }

    private static <T> T view(JsonNode piece, Class<T> type, T none) {
        return piece == null || !piece.isObject() || piece.has("error") ? none : Json.MAPPER.convertValue(piece, type);
    }
}
