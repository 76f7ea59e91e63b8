package dev.tlsbench.kex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.CapabilityMatrix;
import dev.tlsbench.capability.HandshakeKeyExchangeFamilies;
import dev.tlsbench.testing.JmhSmoke;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every method of KeyExchangeBench, KemBench and KeyScheduleBench for every provider x
 * algorithm through JMH: a score for each combination the capability probe supports, none for the
 * others (setup skipped it with Unsupported).
 */
class KexSmokeTest {

    @Test
    void keyExchangeBench() throws Exception {
        check("KeyExchangeBench", HandshakeKeyExchangeFamilies.KEX, List.of("keyGen", "agree", "keyGenAndAgree"));
    }

    @Test
    void kemBench() throws Exception {
        check("KemBench", HandshakeKeyExchangeFamilies.KEM, List.of("keyGen", "encapsulate", "decapsulate"));
    }

    @Test
    void keyScheduleBench() throws Exception {
        check("KeyScheduleBench", HandshakeKeyExchangeFamilies.KDF, List.of("tls13KeySchedule"));
    }

    private static void check(String bench, CapabilityFamily<?, ?> family, List<String> methods) throws Exception {
        JmhSmoke.Outcome outcome = JmhSmoke.run("dev\\.tlsbench\\.(kex|kem|kdf)\\." + bench + "\\.", Map.of());
        List<String> problems = new ArrayList<>();
        int supported = 0;
        for (CapabilityMatrix.Cell cell : CapabilityMatrix.probeAll(List.of(family))) {
            for (String method : methods) {
                // JMH lists parameters in name order
                String key = JmhSmoke.key(method, new TreeMap<>(Map.of(cell.ownerParam(), cell.owner(),
                        cell.algorithmParam(), cell.algorithm())));
                if (cell.support().supported()) {
                    supported++;
                    Double score = outcome.scores().get(key);
                    if (score == null || !(score > 0)) {
                        problems.add("no score for supported " + key);
                    }
                } else if (outcome.ran(key)) {
                    problems.add("score for unsupported " + key + " (" + cell.support() + ")");
                }
            }
        }
        assertTrue(supported > 0, "nothing supported in " + family.family());
        assertEquals(List.of(), problems, outcome.log().lines().filter(l -> l.contains("Exception") || l.contains("Error"))
                .limit(10).reduce("", (a, b) -> a + "\n" + b));
        System.out.println(bench + ": " + outcome.scores());
    }
}
