package dev.tlsbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the Wycheproof vector files shipped in the jar under /wycheproof (see PROVENANCE.md there). */
public final class Wycheproof {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wycheproof() {
    }

    /** The parsed file, e.g. {@code load("aes_gcm_test.json")}; its tests are testGroups[].tests[]. */
    public static JsonNode load(String file) {
        try (InputStream in = Wycheproof.class.getResourceAsStream("/wycheproof/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no Wycheproof file /wycheproof/" + file + " in the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Wycheproof file " + file, e);
        }
    }

    /**
     * The bug type of each flag, from the file's top-level "notes" (flag -> {bugType, description,
     * effect}; every file shipped here has them); empty for a file without notes.
     */
    public static Map<String, String> bugTypes(JsonNode file) {
        Map<String, String> out = new LinkedHashMap<>();
        file.path("notes").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().path("bugType").asText("")));
        return out;
    }

    /** The flags of test {@code tcId} with their bug types (flag -> bug type), or empty when the file has no such test. */
    public static Map<String, String> flagsOf(JsonNode file, int tcId) {
        Map<String, String> bugTypes = bugTypes(file);
        for (JsonNode g : file.path("testGroups")) {
            for (JsonNode t : g.path("tests")) {
                if (t.path("tcId").asInt() == tcId) {
                    return flags(t, bugTypes);
                }
            }
        }
        return Map.of();
    }

    /** One test's flags, in its order, each with its bug type from {@link #bugTypes} ("" when the file has no note for it). */
    public static Map<String, String> flags(JsonNode test, Map<String, String> bugTypes) {
        Map<String, String> out = new LinkedHashMap<>();
        test.path("flags").forEach(f -> out.put(f.asText(), bugTypes.getOrDefault(f.asText(), "")));
        return out;
    }

    public static byte[] hex(JsonNode node) {
        return HexFormat.of().parseHex(node.asText());
    }

    /** A vector's expected outcome. */
    public enum Result {
        VALID, INVALID, ACCEPTABLE;

        public static Result of(JsonNode test) {
            return valueOf(test.get("result").asText().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
