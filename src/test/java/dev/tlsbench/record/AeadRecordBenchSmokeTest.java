package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.testing.JmhSmoke;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** Every record benchmark method over every provider x aead x size x buffer, once, through JMH itself. */
class AeadRecordBenchSmokeTest {

    @Test
    void everySupportedCombinationScoresAndEveryOtherSkipsWithItsReason() throws Exception {
        String[] sizes = defaultSizes();
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("provider", names(JcaProvider.values()));
        params.put("aead", names(Aead.values()));
        params.put("size", sizes);
        params.put("buffer", names(BufferKind.values()));
        JmhSmoke.Outcome outcome = JmhSmoke.run(AeadRecordBench.class.getName() + "\\.(seal|open)$", params);

        int expectedScores = 0;
        for (String method : new String[] {"seal", "open"}) {
            for (JcaProvider provider : JcaProvider.values()) {
                for (Aead aead : Aead.values()) {
                    boolean supported = Supported.record(provider, aead);
                    for (String size : sizes) {
                        for (BufferKind buffer : BufferKind.values()) {
                            // JMH orders parameters by name.
                            Map<String, String> p = new LinkedHashMap<>();
                            p.put("aead", aead.name());
                            p.put("buffer", buffer.name());
                            p.put("provider", provider.name());
                            p.put("size", size);
                            String key = JmhSmoke.key(method, p);
                            if (supported) {
                                expectedScores++;
                                assertTrue(outcome.ran(key), "no score for supported " + key);
                                assertTrue(outcome.scores().get(key) > 0, key + " scored " + outcome.scores().get(key));
                            } else {
                                assertFalse(outcome.ran(key), "unsupported " + key + " has a score");
                            }
                        }
                    }
                    if (!supported) {
                        String reason = Supported.reason(provider, aead);
                        assertTrue(outcome.log().contains(reason.substring(0, Math.min(60, reason.length()))),
                                "the log does not say why " + provider + " " + aead + " was skipped: " + reason);
                    }
                }
            }
        }
        assertEquals(expectedScores, outcome.scores().size(), "scores for combinations nobody asked for");
    }

    private static String[] defaultSizes() throws NoSuchFieldException {
        return AeadRecordBench.class.getField("size").getAnnotation(Param.class).value();
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
