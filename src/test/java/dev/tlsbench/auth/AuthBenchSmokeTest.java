package dev.tlsbench.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.handshake.HandshakeCostBench;
import dev.tlsbench.handshake.HandshakeCostCapability;
import dev.tlsbench.handshake.Side;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.testing.JmhSmoke;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every method of RsaKeyTransportBench, SignatureBench and HandshakeCostBench through JMH's own
 * Runner, over every provider x algorithm (x side): a score for exactly the combinations the
 * capability probe calls supported, a clean skip for the rest.
 */
class AuthBenchSmokeTest {

    @Test
    void rsaKeyTransportBench() throws Exception {
        check(RsaKeyTransportBench.class, List.of("encrypt", "decrypt"), AuthCapabilities.RSA, List.of());
    }

    @Test
    void signatureBench() throws Exception {
        check(SignatureBench.class, List.of("sign", "verify"), AuthCapabilities.SIGNATURE, List.of());
    }

    @Test
    void handshakeCostBench() throws Exception {
        List<String> sides = java.util.Arrays.stream(Side.values()).map(s -> " side=" + s).toList();
        check(HandshakeCostBench.class, List.of("oneHandshake"), HandshakeCostCapability.FAMILY, sides);
    }

    /**
     * @param extraAxis suffixes of a key for an axis beyond provider and algorithm (JMH orders
     *                  parameters by name, and "side" sorts last), or empty
     */
    private static <A extends Enum<A>> void check(Class<?> bench, List<String> methods,
                                                  CapabilityFamily<JcaProvider, A> family, List<String> extraAxis)
            throws Exception {
        JmhSmoke.Outcome outcome = JmhSmoke.run(bench.getName() + "\\.", Map.of());
        Set<String> expected = new TreeSet<>();
        int unsupported = 0;
        for (JcaProvider provider : family.owners()) {
            for (A algorithm : family.algorithms()) {
                boolean supported = family.probe(provider, algorithm).supported();
                unsupported += supported ? 0 : 1;
                for (String method : methods) {
                    for (String extra : extraAxis.isEmpty() ? List.of("") : extraAxis) {
                        String key = method + paramsInJmhOrder(family, provider, algorithm) + extra;
                        if (supported) {
                            expected.add(key);
                        }
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(outcome.scores().keySet());
        Set<String> unexpected = new TreeSet<>(outcome.scores().keySet());
        unexpected.removeAll(expected);
        assertEquals(Set.of(), missing, "supported but no score; JMH log:\n" + outcome.log());
        assertEquals(Set.of(), unexpected, "unsupported but scored");
        outcome.scores().forEach((k, score) -> assertTrue(score > 0, k + " scored " + score));
        System.out.println(bench.getSimpleName() + ": " + expected.size() + " scores, " + unsupported
                + " unsupported provider x " + family.algorithmParam());
    }

    /** " a=.. provider=.." or " provider=.. scheme=..": JMH orders parameters by name. */
    private static <A extends Enum<A>> String paramsInJmhOrder(CapabilityFamily<JcaProvider, A> family,
                                                               JcaProvider provider, A algorithm) {
        String p = " provider=" + provider;
        String a = " " + family.algorithmParam() + "=" + algorithm;
        return family.algorithmParam().compareTo("provider") < 0 ? a + p : p + a;
    }
}
