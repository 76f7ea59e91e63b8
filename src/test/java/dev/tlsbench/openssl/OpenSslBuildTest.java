package dev.tlsbench.openssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What names the native library, read from {@code openssl version -a} as Debian's OpenSSL 3.0.19
 * printed it on the suite's machine (a Zen 5 EPYC under a hypervisor): the build's fields, and the
 * capability vector decoded bit by bit as OPENSSL_ia32cap(3) defines it.
 */
class OpenSslBuildTest {

    private static String versionA() throws IOException {
        try (InputStream in = OpenSslBuildTest.class.getResourceAsStream("/fixtures/openssl/version-a-3.0.19.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuildIsReadFromVersionA() throws IOException {
        OpenSslBuild b = OpenSslBuild.parse(versionA());
        assertEquals("OpenSSL 3.0.19 27 Jan 2026 (Library: OpenSSL 3.0.19 27 Jan 2026)", b.version());
        assertEquals("Fri Apr  3 12:29:32 2026 UTC", b.builtOn());
        assertEquals("debian-amd64", b.platform());
        assertEquals("bn(64,64)", b.options());
        assertTrue(b.compiler().startsWith("gcc -fPIC -pthread -m64"), b.compiler());
        assertTrue(b.compiler().contains("-O2"), b.compiler());
    }

    /** 0xfed83203178bffff:0x18005f42f1bb03a9 on that machine: every extension the suite cares about is on. */
    @Test
    void theCapabilityVectorOfTheMachineDecodes() throws IOException {
        Ia32Cap c = Ia32Cap.parse(versionA()).orElseThrow();
        assertEquals("0xfed83203178bffff", c.lv0());
        assertEquals("0x18005f42f1bb03a9", c.lv1());
        assertEquals("", c.envOverride());
        assertEquals(List.of("PCLMULQDQ", "SSSE3", "AES-NI", "AVX", "BMI1", "AVX2", "BMI2", "AVX512F", "ADX", "AVX512IFMA",
                "SHA", "AVX512BW", "AVX512VL", "VAES", "VPCLMULQDQ"), c.features());
    }

    /**
     * With {@code OPENSSL_ia32cap=~0x200000000000000} (AES-NI masked) that openssl printed
     * "CPUINFO: OPENSSL_ia32cap=0xfcd83203178bffff:0x0 env:~0x200000000000000": the vector in effect
     * lacks AES-NI and every leaf-7 extension, and the override is named.
     */
    @Test
    void anEnvironmentOverrideIsTheVectorInEffect() {
        Ia32Cap c = Ia32Cap.parse("CPUINFO: OPENSSL_ia32cap=0xfcd83203178bffff:0x0 env:~0x200000000000000").orElseThrow();
        assertEquals(List.of("PCLMULQDQ", "SSSE3", "AVX"), c.features());
        assertEquals("~0x200000000000000", c.envOverride());
        assertTrue(Ia32Cap.parse("CPUINFO: N/A").isEmpty());
    }
}
