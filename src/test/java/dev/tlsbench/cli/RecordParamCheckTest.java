package dev.tlsbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's -p check for the record benchmark's axes. */
class RecordParamCheckTest {

    private static String onlyProblem(String... args) {
        List<String> problems = ParamCheck.problems(args);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void unknownProviderNamesTheProviders() {
        String p = onlyProblem("AeadRecordBench", "-p", "provider=OPENSSL");
        assertTrue(p.contains("OPENSSL") && p.contains("JDK, BC, CONSCRYPT, ACCP"), p);
    }

    @Test
    void unknownAeadNamesTheAeads() {
        String p = onlyProblem("AeadRecordBench", "-p", "aead=AES_GCM");
        assertTrue(p.contains("AES_128_GCM, AES_256_GCM, CHACHA20_POLY1305"), p);
    }

    @Test
    void unknownBufferNamesTheKinds() {
        String p = onlyProblem("AeadRecordBench", "-pbuffer=HEAP,NIO");
        assertTrue(p.contains("NIO") && p.contains("BYTE_ARRAY, HEAP, DIRECT"), p);
    }

    @Test
    void sizeOutOfRangeOrNotANumberNamesTheRange() {
        for (String bad : new String[] {"0", "16385", "-1", "16k"}) {
            String p = onlyProblem("AeadRecordBench", "-p", "size=" + bad);
            assertTrue(p.contains("size=" + bad) && p.contains("from 1 to 16384")
                    && p.contains("16, 64, 256, 1024, 1350, 8192, 16384"), p);
        }
    }

    @Test
    void validValuesPass() {
        assertEquals(List.of(), ParamCheck.problems(new String[] {"AeadRecordBench", "-p", "provider=JDK,ACCP",
                "-p", "aead=CHACHA20_POLY1305", "-p", "size=1,1350,16384", "-p", "buffer=BYTE_ARRAY,HEAP,DIRECT",
                "-prof", "gc"}));
    }
}
