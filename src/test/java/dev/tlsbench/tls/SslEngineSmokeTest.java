package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.testing.JmhSmoke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the benchmarks through JMH's Runner in this JVM. The handshake bench runs every stack x
 * configuration x resumption; the record bench, which adds no new handshake, runs every stack
 * on two configurations (TLS 1.2 and 1.3) with 1024-byte records, to keep the test short.
 * SUNJSSE_ACCP runs in-process too: its setup's ACCP installation is released at teardown.
 */
class SslEngineSmokeTest {

    @Test
    void handshakeScoresExactlyTheSupportedCombinations() throws Exception {
        JmhSmoke.Outcome out = JmhSmoke.run(SslEngineHandshakeBench.class.getName() + ".handshake", Map.of(
                "stack", names(TlsStack.values()), "config", names(HandshakeConfig.values()),
                "resumption", names(Resumption.values())));
        List<String> wrong = new ArrayList<>();
        for (TlsStack stack : TlsStack.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                for (Resumption r : Resumption.values()) {
                    boolean supported = supported(stack, config, r);
                    boolean ran = ran(out, "handshake", stack, config, "resumption=" + r);
                    if (supported != ran) {
                        wrong.add(stack + " " + config + " " + r + (supported ? " did not run" : " ran although unsupported"));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + out.log());
    }

    @Test
    void recordPathScoresExactlyTheSupportedCombinations() throws Exception {
        HandshakeConfig[] configs = {HandshakeConfig.TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256,
                HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256};
        JmhSmoke.Outcome out = JmhSmoke.run(SslEngineRecordBench.class.getName() + ".wrapUnwrap", Map.of(
                "stack", names(TlsStack.values()), "config", names(configs), "appData", new String[] {"1024"}));
        for (TlsStack stack : TlsStack.values()) {
            for (HandshakeConfig config : configs) {
                assertEquals(supported(stack, config, Resumption.FULL), ran(out, "wrapUnwrap", stack, config, "appData=1024"),
                        stack + " " + config + "\n" + out.log());
            }
        }
    }

    private static boolean supported(TlsStack stack, HandshakeConfig config, Resumption r) {
        try {
            HandshakeProof proof = HandshakeProof.of(stack, config);
            return r == Resumption.FULL || proof.resumed() != null;
        } catch (Unsupported u) {
            return false;
        }
    }

    private static boolean ran(JmhSmoke.Outcome out, String method, TlsStack stack, HandshakeConfig config, String other) {
        return out.scores().entrySet().stream().anyMatch(e -> {
            String k = e.getKey() + " ";
            return k.startsWith(method + " ") && k.contains(" stack=" + stack + " ")
                    && k.contains(" config=" + config + " ") && k.contains(" " + other + " ") && e.getValue() > 0;
        });
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
