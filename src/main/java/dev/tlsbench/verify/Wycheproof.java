package dev.tlsbench.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;

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
