package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlsbench.report.input.JvmEnv;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.JvmProbes;
import org.junit.jupiter.api.Test;

/** The environment section lists each change the harness made to a JVM, with whom it was made for; or says none, or not recorded. */
class HarnessChangesTest {

    private static final String RSA = "jdk.tls.disabledAlgorithms: TLS_RSA_* removed (this JDK disables RSA key transport by default;"
            + " the harness re-enables it to measure it)";

    private static JvmEnv jvm(String attribution) throws Exception {
        return new JvmEnv(Json.MAPPER.readValue("{\"id\":\"jdk25\",\"tlsAttribution\":" + attribution + "}", JvmProbes.class));
    }

    /** The labels plan.json gives these stacks. */
    private static String label(String owner) {
        return owner.equals("SUNJSSE") ? "SunJSSE" : owner.equals("BCJSSE_BC") ? "BCJSSE + BC" : owner;
    }

    @Test
    void eachChangeOnceWithTheStacksAndConfigurationsItWasMadeFor() throws Exception {
        JvmEnv j = jvm("[{\"stack\":\"SUNJSSE\",\"config\":\"TLS12_RSA_AES_128_GCM_RSA_2048\",\"supported\":true,\"harnessChanges\":[\"" + RSA + "\"]},"
                + "{\"stack\":\"BCJSSE_BC\",\"config\":\"TLS12_RSA_AES_128_GCM_RSA_2048\",\"supported\":true,\"harnessChanges\":[\"" + RSA + "\"]},"
                + "{\"stack\":\"CONSCRYPT\",\"config\":\"TLS12_RSA_AES_128_GCM_RSA_2048\",\"supported\":true,\"harnessChanges\":[]}]");
        assertEquals(RSA + " — for SunJSSE (TLS 1.2 RSA AES-128-GCM RSA-2048), BCJSSE + BC (TLS 1.2 RSA AES-128-GCM RSA-2048)",
                EnvironmentSection.harnessChanges(j, HarnessChangesTest::label));
    }

    @Test
    void noneAndNotRecordedAreToldApart() throws Exception {
        assertEquals("none: every configuration ran on the JVM's security settings as installed", EnvironmentSection.harnessChanges(
                jvm("[{\"stack\":\"SUNJSSE\",\"config\":\"DEFAULTS_ECDSA_P256\",\"supported\":true,\"harnessChanges\":[]}]"), HarnessChangesTest::label));
        assertEquals("not recorded in this run", EnvironmentSection.harnessChanges(
                jvm("[{\"stack\":\"SUNJSSE\",\"config\":\"DEFAULTS_ECDSA_P256\",\"supported\":true}]"), HarnessChangesTest::label));
    }
}
