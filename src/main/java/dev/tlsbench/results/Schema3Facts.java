package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a plan.json of schema 3 or older left unsaid and the report of that time knew by constant
 * name: the owners' labels, colours and markers, the JDK's own owner, the CPU and VM flags per
 * algorithm (found by pattern on the constant's name) and the headline questions. Frozen as the
 * suite of schema 3 knew them, so old runs draw as they did; since schema 4 the constants declare
 * these and plan.json carries them. Used only by {@link Migration}'s step 3 -> 4.
 */
final class Schema3Facts {

    /** label, colour, marker of the owners of schema-3 runs. */
    private static final Map<String, String[]> OWNERS = Map.of(
            "JDK", new String[] {"JDK", "#D62728", "CIRCLE"},
            "BC", new String[] {"BC", "#1F77B4", "DIAMOND"},
            "CONSCRYPT", new String[] {"Conscrypt", "#2CA02C", "SQUARE"},
            "ACCP", new String[] {"ACCP", "#FF7F0E", "TRIANGLE_UP"},
            "SUNJSSE", new String[] {"SunJSSE", "#8C1A1B", "CIRCLE"},
            "SUNJSSE_ACCP", new String[] {"SunJSSE + ACCP", "#B35C00", "TRIANGLE_UP"},
            "BCJSSE_BC", new String[] {"BCJSSE + BC", "#12456B", "DIAMOND"});

    /** For an owner schema 3 did not know: stable by name. */
    private static final String[] SPARE = {"#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"};

    private record Rule(Pattern name, List<String> cpu, List<String> vm) {
    }

    /** The report's CryptoFlags rules of schema 3, matched on the constant's name. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("GCM"), List.of("aes", "pclmulqdq", "vaes", "vpclmulqdq", "avx512f"),
                    List.of("UseAESIntrinsics", "UseGHASHIntrinsics")),
            new Rule(Pattern.compile("CHACHA|POLY1305"), List.of("avx2", "avx512f"),
                    List.of("UseChaCha20Intrinsics", "UsePoly1305Intrinsics")),
            new Rule(Pattern.compile("RSA|FFDHE|PKCS1|OAEP"), List.of("adx", "bmi2"),
                    List.of("UseMontgomeryMultiplyIntrinsic", "UseMontgomerySquareIntrinsic", "UseMultiplyToLenIntrinsic")),
            new Rule(Pattern.compile("P256|P384|P521|ECDSA|ECDHE|X25519|X448|ED25519|ED448"), List.of("adx", "bmi2", "avx2"),
                    List.of("UseIntPolyIntrinsics")),
            new Rule(Pattern.compile("SHA|HKDF|ECDSA|RSA_P"), List.of("sha_ni"), List.of("UseSHA256Intrinsics", "UseSHA512Intrinsics")),
            new Rule(Pattern.compile("MLKEM|ML_KEM"), List.of("avx2", "avx512f"), List.of("UseKyberIntrinsics", "UseSHA3Intrinsics")));

    private Schema3Facts() {
    }

    /** Fills one family descriptor's missing facts in place. */
    static void fill(ObjectNode family) {
        ObjectNode owners = family.with("owners");
        JsonNode ownerAxis = family.path("axes").path(family.path("ownerParam").asText());
        for (JsonNode o : ownerAxis) {
            ObjectNode facts = owners.with(o.asText());
            String[] look = look(o.asText());
            facts.put("label", look[0]).put("colour", look[1]).put("marker", look[2]);
            if (!family.hasNonNull("jdkOwner") && "JDK".equals(facts.path("crypto").asText())) {
                family.put("jdkOwner", o.asText());
            }
        }
        String algorithmParam = family.path("algorithmParam").asText("");
        ObjectNode algorithms = family.with("algorithms");
        for (JsonNode a : family.path("axes").path(algorithmParam)) {
            ObjectNode facts = algorithms.putObject(a.asText());
            ArrayNode cpu = facts.putArray("cpuFlags");
            ArrayNode vm = facts.putArray("vmFlags");
            for (Rule r : RULES) {
                if (r.name().matcher(a.asText()).find()) {
                    r.cpu().stream().filter(f -> !contains(cpu, f)).forEach(cpu::add);
                    r.vm().stream().filter(f -> !contains(vm, f)).forEach(vm::add);
                }
            }
        }
        ArrayNode headline = family.putArray("headline");
        headline(family.path("name").asText()).forEach(headline::add);
    }

    private static String[] look(String owner) {
        String[] known = OWNERS.get(owner);
        if (known != null) {
            return known;
        }
        int to = owner.indexOf("_TO_");
        if (to > 0 && OWNERS.containsKey(owner.substring(0, to)) && OWNERS.containsKey(owner.substring(to + 4))) {
            String[] client = OWNERS.get(owner.substring(0, to));
            String[] server = OWNERS.get(owner.substring(to + 4));
            return new String[] {client[0] + " client, " + server[0] + " server", client[1], server[2]};
        }
        return new String[] {owner, SPARE[Math.floorMod(owner.hashCode(), SPARE.length)], "CIRCLE"};
    }

    private static boolean contains(ArrayNode a, String v) {
        for (JsonNode n : a) {
            if (n.asText().equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** The headline questions of schema 3's report, of the family named {@code name}. */
    private static List<ObjectNode> headline(String name) {
        List<ObjectNode> out = new ArrayList<>();
        switch (name) {
            case "handshake-cost" -> {
                String[] hs = {"TLS12_RSA_RSA2048", "X25519_RSA2048", "X25519_ECDSA_P256", "P256_ECDSA_P256"};
                for (int row = 0; row < hs.length; row++) {
                    for (String side : new String[] {"SERVER", "CLIENT"}) {
                        boolean winner = row == 0 && side.equals("SERVER") || row == 2;
                        out.add(question("oneHandshake", "HANDSHAKE", row, winner,
                                "handshake", hs[row], "side", side, "composition", "AS_IN_A_HANDSHAKE"));
                    }
                }
            }
            case "sslengine-handshake" -> {
                String[][] rows = {{"DEFAULTS_ECDSA_P256", "FULL"}, {"DEFAULTS_ECDSA_P256", "RESUMED"},
                        {"TLS12_RSA_AES_128_GCM_RSA_2048", "FULL"}, {"TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048", "FULL"}};
                for (int row = 0; row < rows.length; row++) {
                    out.add(question("handshake", "PER_SECOND", row, row != 1,
                            "config", rows[row][0], "resumption", rows[row][1], "keyManager", "DEFAULT"));
                }
            }
            case "record" -> {
                int row = 0;
                for (String aead : new String[] {"AES_128_GCM", "CHACHA20_POLY1305"}) {
                    for (String size : new String[] {"1350", "16384"}) {
                        out.add(question("seal", "RECORD", row++, true, "aead", aead, "size", size, "buffer", "BYTE_ARRAY"));
                    }
                }
            }
            default -> {
                // no headline questions
            }
        }
        return out;
    }

    private static ObjectNode question(String method, String unit, int row, boolean winner, String... at) {
        ObjectNode q = Json.MAPPER.createObjectNode();
        q.put("method", method);
        ObjectNode params = q.putObject("at");
        for (int i = 0; i < at.length; i += 2) {
            params.put(at[i], at[i + 1]);
        }
        q.put("unit", unit).put("row", row).put("winner", winner);
        return q;
    }
}
