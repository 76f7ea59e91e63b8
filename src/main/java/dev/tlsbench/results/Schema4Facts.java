package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What a plan.json of schema 4 or older left unsaid and the report of that time knew by family,
 * method and constant name: which openssl speed measurement a cell compares with. Frozen as that
 * report matched, so old runs keep their native marks; since schema 5 the constants declare it
 * ({@code nativeSpeed()}) and plan.json carries it. Used only by {@link Migration}'s step 4 -> 5.
 *
 * <ul>
 * <li>record: every method of an AEAD, at the cell's size, under the AEAD's label (every plan
 *     written carries the labels of its axes; a constant without one had no match);</li>
 * <li>signature: every method of the four schemes below;</li>
 * <li>rsa: PKCS1_2048's decrypt as RSA-2048 sign, its encrypt as verify;</li>
 * <li>kex: agree as derive, under the group's label;</li>
 * <li>handshake-cost: TLS12_RSA_RSA2048, every method, the server side as RSA-2048 sign, any other as verify.</li>
 * </ul>
 */
final class Schema4Facts {

    /** The signature schemes schema 4's report matched, to openssl speed's algorithm. */
    private static final Map<String, String> SIGNATURE = Map.of("ECDSA_P256_SHA256", "ECDSA P-256", "ED25519", "Ed25519",
            "RSA_PKCS1_SHA256_2048", "RSA-2048", "RSA_PSS_SHA256_2048", "RSA-2048");

    private Schema4Facts() {
    }

    /** Fills one family descriptor's native matches in place. */
    static void fill(ObjectNode family) {
        ArrayNode out = family.putArray("nativeMatches");
        JsonNode axes = family.path("axes");
        JsonNode labels = family.path("labels");
        switch (family.path("name").asText()) {
            case "record" -> {
                for (JsonNode aead : axes.path("aead")) {
                    String label = labels.path("aead").path(aead.asText()).asText(null);
                    if (label != null) {
                        family.path("methods").forEach(m -> match(out, m.asText(), label, m.asText(), "size", "aead", aead.asText()));
                    }
                }
            }
            case "signature" -> SIGNATURE.forEach((scheme, algorithm) ->
                    family.path("methods").forEach(m -> match(out, m.asText(), algorithm, m.asText(), null, "scheme", scheme)));
            case "rsa" -> {
                match(out, "decrypt", "RSA-2048", "sign", null, "rsa", "PKCS1_2048");
                match(out, "encrypt", "RSA-2048", "verify", null, "rsa", "PKCS1_2048");
            }
            case "kex" -> {
                for (JsonNode kex : axes.path("kex")) {
                    String label = labels.path("kex").path(kex.asText()).asText(null);
                    if (label != null) {
                        match(out, "agree", label, "derive", null, "kex", kex.asText());
                    }
                }
            }
            case "handshake-cost" -> {
                for (JsonNode side : axes.path("side")) {
                    String operation = side.asText().equals("SERVER") ? "sign" : "verify";
                    family.path("methods").forEach(m -> match(out, m.asText(), "RSA-2048", operation, null,
                            "handshake", "TLS12_RSA_RSA2048", "side", side.asText()));
                }
            }
            default -> {
                // no native matches
            }
        }
    }

    private static void match(ArrayNode out, String method, String algorithm, String operation, String bytesParam, String... at) {
        ObjectNode m = out.addObject();
        m.put("method", method);
        ObjectNode params = m.putObject("at");
        for (int i = 0; i < at.length; i += 2) {
            params.put(at[i], at[i + 1]);
        }
        m.put("bytesParam", bytesParam).put("algorithm", algorithm).put("operation", operation);
    }
}
