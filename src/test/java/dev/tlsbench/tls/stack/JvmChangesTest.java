package dev.tlsbench.tls.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.tls.config.HandshakeConfig;
import java.security.Security;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the harness discloses of its changes to the JVM is what it does: RSA key transport needs
 * TLS_RSA_* out of jdk.tls.disabledAlgorithms on JDK 24+ (and only there), for the JSSE stacks that
 * read the property; SunJSSE + ACCP makes ACCP provider 1 for every configuration; Conscrypt changes
 * nothing.
 */
class JvmChangesTest {

    private static final HandshakeConfig RSA = HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048;
    private static final HandshakeConfig ECDHE = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;

    @Test
    void rsaKeyTransportIsDisclosedExactlyWhereThisJdkDisablesIt() {
        boolean jdkDisablesTlsRsa = Runtime.version().feature() >= 24; // JDK-8245545: TLS_RSA_* disabled by default since JDK 24
        for (TlsStack s : List.of(TlsStack.SUNJSSE, TlsStack.SUNJSSE_ACCP, TlsStack.BCJSSE_BC)) {
            assertEquals(jdkDisablesTlsRsa, Peers.same(s).jvmChanges(RSA).contains(JvmSettings.TLS_RSA_CHANGE), s.name());
            assertFalse(Peers.same(s).jvmChanges(ECDHE).contains(JvmSettings.TLS_RSA_CHANGE), s + " with ECDHE changes nothing");
        }
        assertEquals(List.of(), Peers.same(TlsStack.CONSCRYPT).jvmChanges(RSA), "BoringSSL does not read the JDK's property");
        assertEquals(List.of(), Peers.same(TlsStack.SUNJSSE).jvmChanges(ECDHE));
    }

    @Test
    void accpFirstIsDisclosedForEveryConfigurationOfItsStackAndAMixedPairListsEachChangeOnce() {
        for (HandshakeConfig c : HandshakeConfig.values()) {
            assertTrue(Peers.same(TlsStack.SUNJSSE_ACCP).jvmChanges(c).contains(JvmSettings.ACCP_FIRST_CHANGE), c.name());
        }
        List<String> mixed = new Peers(TlsStack.SUNJSSE, TlsStack.BCJSSE_BC).jvmChanges(RSA);
        assertEquals(mixed.stream().distinct().count(), mixed.size());
    }

    @Test
    void theDisclosedChangeIsWhatTheSwitchDoes() {
        boolean before = JvmSettings.tlsRsaDisabledByDefault();
        try (GlobalSwitch.Lease lease = JvmSettings.TLS_RSA_ALLOWED.acquire()) {
            String now = Security.getProperty(JvmSettings.DISABLED_ALGORITHMS);
            assertFalse(now != null && now.contains("TLS_RSA_*"), "acquired: TLS_RSA_* is out of " + now);
            assertEquals(before, JvmSettings.tlsRsaDisabledByDefault(), "the installed value, not the changed one, decides the disclosure");
        }
        assertEquals(before, JvmSettings.tlsRsaDisabledByDefault());
    }
}
