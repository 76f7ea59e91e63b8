package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class HandshakeProofTest {

    private static final HandshakeConfig X25519 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;
    private static final HandshakeConfig P256 = HandshakeConfig.TLS13_AES_128_GCM_P256_ECDSA_P256;

    /** Every stack x configuration is proven exactly as configured, or unsupported with a reason. */
    @Test
    void everyCombinationNegotiatesExactlyItsConfigurationOrSaysWhyNot() {
        int supported = 0;
        for (TlsStack stack : TlsStack.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                HandshakeProof proof;
                try {
                    proof = HandshakeProof.of(stack, config);
                } catch (Unsupported u) {
                    assertFalse(u.getMessage().isBlank(), stack + " " + config);
                    continue;
                }
                supported++;
                String what = stack + " " + config;
                assertEquals(config.protocol(), proof.full().protocol(), what);
                assertEquals(config.suite(), proof.full().suite(), what);
                assertEquals(config.group().jsseName(), proof.full().group(), what);
                assertFalse(proof.full().resumed(), what);
                if (proof.resumed() != null) {
                    assertTrue(proof.resumed().resumed(), what);
                } else {
                    assertFalse(proof.notResumed().isBlank(), what);
                }
                for (Role role : HandshakeAttribution.JUDGED) {
                    assertNotNull(proof.attribution().servedBy().get(role), what + " " + role);
                }
            }
        }
        assertTrue(supported >= 10, "only " + supported + " combinations were supported");
    }

    @Test
    void aHandshakeThatNegotiatesAnotherGroupIsCaught() {
        TlsEndpoints x25519 = TlsEndpoints.make(TlsStack.SUNJSSE, X25519, p -> p);
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeCheck.handshake(new EnginePump(),
                x25519.newClient(Resumption.FULL), x25519.newServer(), x25519.driver(), P256, false));
        assertTrue(u.getMessage().contains("group on the wire x25519, not secp256r1"), u.getMessage());
    }

    @Test
    void aResumptionThatDidNotHappenIsCaught() {
        TlsEndpoints endpoints = TlsEndpoints.make(TlsStack.SUNJSSE, X25519, p -> p);
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeCheck.handshake(new EnginePump(),
                endpoints.newClient(Resumption.FULL), endpoints.newServer(), endpoints.driver(), X25519, true));
        assertTrue(u.getMessage().contains("not resumed"), u.getMessage());
    }

    @Test
    void sunJsseResumesByPskInTls13AndBySessionOrTicketInTls12() {
        assertEquals("PSK", HandshakeProof.of(TlsStack.SUNJSSE, X25519).requireResumption().resumedBy());
        WireHello tls12 = HandshakeProof.of(TlsStack.SUNJSSE,
                HandshakeConfig.TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256).requireResumption();
        assertTrue(tls12.resumed() && tls12.group() == null, tls12.toString());
    }

    /** A test double: SunJSSE's crypto claimed for BC, which has every algorithm SunJCE served. */
    @Test
    void cryptoFromAnotherProviderThanClaimedIsASilentFallback() {
        ProviderSet claimed = ProviderSet.of("BC-claimed", new BouncyCastleProvider());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandshakeProof.run(TlsStack.SUNJSSE, X25519, claimed));
        assertTrue(e.getMessage().startsWith("silent fallback"), e.getMessage());
    }

    /** A claimed provider without the suite's AEAD: the record cipher would be another's. */
    @Test
    void aRecordCipherTheClaimedProviderLacksMakesTheConfigurationUnsupported() {
        ProviderSet empty = ProviderSet.of("EMPTY", new Provider("EMPTY", "1", "no services") { });
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeProof.run(TlsStack.SUNJSSE, X25519, empty));
        assertTrue(u.getMessage().contains("the record cipher would be SunJCE's"), u.getMessage());
    }

    @Test
    void proofsLeaveTheProviderListAndSecurityPropertiesAsTheyWere() {
        List<String> before = names();
        String disabled = Security.getProperty(JvmSettings.DISABLED_ALGORITHMS);
        for (HandshakeConfig config : List.of(X25519, HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048)) {
            try {
                HandshakeProof.run(TlsStack.SUNJSSE_ACCP, config, TlsStack.SUNJSSE_ACCP.crypto());
            } catch (Unsupported expectedOnSomeJdks) {
                // the point is what is left behind
            }
        }
        assertEquals(before, names());
        assertEquals(disabled, Security.getProperty(JvmSettings.DISABLED_ALGORITHMS));
    }

    private static List<String> names() {
        return Arrays.stream(Security.getProviders()).map(p -> p.getClass().getName() + "@" + p.getName()).toList();
    }
}
