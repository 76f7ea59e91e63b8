package dev.tlsbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's -p check for the SSLEngine benchmarks' axes: refused before JMH starts, naming the valid values. */
class TlsParamCheckTest {

    private static String onlyProblem(String... args) {
        List<String> problems = ParamCheck.problems(args);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void unknownPairNamesTheValidPairs() {
        String p = onlyProblem("MixedStackHandshakeBench", "-p", "pair=SUNJSSE_TO_SUNJSSE_ACCP");
        assertTrue(p.contains("unknown StackPair") && p.contains("SUNJSSE_TO_CONSCRYPT") && p.contains("CONSCRYPT_TO_BCJSSE_BC"), p);
    }

    @Test
    void unknownKeyManagerNamesTheValidOnes() {
        String p = onlyProblem("SslEngineHandshakeBench", "-p", "keyManager=SunX509");
        assertTrue(p.contains("unknown ServerKeyManager; valid: DEFAULT, PKIX_KEY_STORE"), p);
        String naive = onlyProblem("NaiveHandshakeBench", "-p", "naiveKeyManager=NewSunX509");
        assertTrue(naive.contains("valid: DEFAULT, PKIX"), naive);
    }

    @Test
    void unknownBuffersNameTheValidKinds() {
        String p = onlyProblem("SslEngineRecordBench", "-p", "buffers=BYTE_ARRAY");
        assertTrue(p.contains("valid: HEAP, DIRECT"), p);
    }

    @Test
    void validValuesPass() {
        assertEquals(List.of(), ParamCheck.problems(new String[] {"SslEngineHandshakeBench", "-p", "stack=SUNJSSE,CONSCRYPT",
                "-p", "config=DEFAULTS_RSA_2048", "-p", "keyManager=DEFAULT,PKIX_KEY_STORE", "-p", "pair=CONSCRYPT_TO_SUNJSSE",
                "-p", "buffers=DIRECT", "-p", "naiveConfig=TLS13_RSA_2048"}));
    }
}
