package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.VectorSuites;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AeadVectorSuiteTest {

    static List<Arguments> providerBySuite() {
        List<Arguments> out = new ArrayList<>();
        for (VectorSuite s : AeadVectorSuite.all()) {
            for (JcaProvider p : JcaProvider.values()) {
                out.add(Arguments.of(p, s));
            }
        }
        return out;
    }

    @Test
    void everyAeadHasASuiteInTheRegistry() {
        List<String> registered = new ArrayList<>();
        for (VectorSuite s : VectorSuites.all()) {
            if (s.algorithmParam().equals("aead")) {
                registered.add(s.algorithm());
            }
        }
        for (Aead a : Aead.values()) {
            assertTrue(registered.contains(a.name()), a + " has no vector suite in VectorSuites.all()");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("providerBySuite")
    void noInvalidAcceptedAndEveryValidExact(JcaProvider provider, VectorSuite suite) {
        Aead aead = Aead.valueOf(suite.algorithm());
        if (!Supported.record(provider, aead)) {
            assertThrows(Unsupported.class, () -> suite.run(provider));
            return;
        }
        VectorReport report = suite.run(provider);
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(), report.failures());
        // The 96-bit-nonce groups hold dozens of valid and invalid vectors for each key size.
        assertTrue(report.validPassed() >= 20 && report.invalidRejected() >= 10, report.toString());
    }
}
