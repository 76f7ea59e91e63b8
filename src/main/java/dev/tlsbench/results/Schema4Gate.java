package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.verify.Wycheproof;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an env.json of schema 4 or older left unsaid about the correctness gate and can be recovered:
 * each listed failure's Wycheproof flags and bug types, and the TLS side of each suite. A gate row of
 * that time lists its failed vectors as text ("tcId 6 invalid but accepted: accepted, with the
 * expected output"), at most five; their flags are looked up by tcId in the Wycheproof files this
 * build ships, which are the files those runs used (unchanged since the suite's first commit; see
 * PROVENANCE.md). Failures beyond the five listed stay unclassified: the report counts them as it
 * did before. Used only by {@link Migration}'s step 4 -> 5.
 */
final class Schema4Gate {

    private static final Pattern FAILURE = Pattern.compile("tcId (\\d+) (valid|invalid) but (?:failed|accepted): (.*)", Pattern.DOTALL);

    /** The suites of schema-4 runs that one end of a handshake runs alone (the rest: BOTH), as VectorSuite.side() says since. */
    private static final Map<String, String> SIDES = Map.of(
            "ecdsa_secp256r1_sha256_test.json", "CLIENT",
            "ed25519_test.json", "CLIENT",
            "rsa_pss_2048_sha256_mgf1_32_test.json", "CLIENT",
            "rsa_signature_2048_sha256_test.json", "CLIENT",
            "rsa_pkcs1_2048_test.json", "SERVER",
            "rsa_oaep_2048_sha256_mgf1sha256_test.json", "SERVER");

    private Schema4Gate() {
    }

    /** Fills "side" and "findings" of every gate row of {@code jvm} (one entry of env.json's "jvms") that lacks them. */
    static void fill(ObjectNode jvm) {
        for (JsonNode row : jvm.path("vectorGate").path("suites")) {
            if (!(row instanceof ObjectNode r)) {
                continue;
            }
            String file = r.path("file").asText("");
            if (!r.has("side")) {
                r.put("side", SIDES.getOrDefault(file, "BOTH"));
            }
            if (!r.has("findings") && r.path("failures").isArray() && !r.path("failures").isEmpty()) {
                r.set("findings", Json.MAPPER.valueToTree(findings(file, r.path("failures"))));
            }
        }
    }

    private static List<Probes.GateFinding> findings(String file, JsonNode failures) {
        JsonNode vectors = Wycheproof.load(file);
        Map<String, String> bugTypes = Wycheproof.bugTypes(vectors);
        List<Probes.GateFinding> single = new ArrayList<>();
        for (JsonNode line : failures) {
            Matcher m = FAILURE.matcher(line.asText());
            if (!m.matches()) {
                continue; // not a failure line of that time: left unclassified
            }
            int tcId = Integer.parseInt(m.group(1));
            boolean valid = m.group(2).equals("valid");
            // VectorRunner's detail texts: "accepted, with another output", "accepted, with the expected output", "refused..."
            Probes.GateVerdict verdict = m.group(3).startsWith("accepted, with another output") ? Probes.GateVerdict.OTHER_OUTPUT
                    : valid ? Probes.GateVerdict.REFUSED : Probes.GateVerdict.EXPECTED;
            List<Probes.VectorFlag> flags = new ArrayList<>();
            Wycheproof.flagsOf(vectors, tcId).forEach((flag, bugType) -> flags.add(new Probes.VectorFlag(flag, bugType)));
            single.add(new Probes.GateFinding(m.group(2), verdict, flags, List.of(tcId)));
        }
        return Probes.GateFinding.grouped(single);
    }
}
