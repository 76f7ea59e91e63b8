package dev.tlsbench.tls.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.HarnessLimit;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsEndpoints;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.WireHello;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class HandshakeProofTest {

    private static final HandshakeConfig X25519 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;
    private static final HandshakeConfig P256 = HandshakeConfig.TLS13_AES_128_GCM_P256_ECDSA_P256;
    private static final Peers SAME = Peers.same(TlsStack.SUNJSSE);

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
                config.pin().ifPresent(pin -> {
                    assertEquals(pin.protocol().jsseName(), proof.full().protocol(), what);
                    assertEquals(pin.suite().name(), proof.full().suite(), what);
                    assertEquals(pin.group().jsseName(), proof.full().group(), what);
                    assertEquals(pin.expectsHelloRetry(), proof.full().helloRetry(), what);
                });
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

    /** Engines pinned to x25519, checked against the P-256 configuration: the wire shows the difference. */
    @Test
    void aHandshakeThatNegotiatesAnotherGroupIsCaught() {
        TlsEndpoints x25519 = TlsEndpoints.make(SAME, X25519, ServerKeyManager.DEFAULT, p -> p);
        HarnessLimit h = assertThrows(HarnessLimit.class, () -> HandshakeCheck.handshake(new EnginePump(),
                x25519.newClient(Resumption.FULL), x25519.newServer(Resumption.FULL), SAME, P256, false));
        assertTrue(h.getMessage().contains("group on the wire x25519, not secp256r1"), h.getMessage());
    }

    @Test
    void aResumptionThatDidNotHappenIsCaught() {
        TlsEndpoints endpoints = TlsEndpoints.make(SAME, X25519, ServerKeyManager.DEFAULT, p -> p);
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeCheck.handshake(new EnginePump(),
                endpoints.newClient(Resumption.FULL), endpoints.newServer(Resumption.FULL), SAME, X25519, true));
        assertTrue(u.getMessage().contains("not resumed"), u.getMessage());
    }

    /** Conscrypt resumes TLS 1.3 once its server issues tickets and they reach the client with its close_notify. */
    @Test
    void conscryptResumesTls13ByPsk() {
        assertEquals("PSK", HandshakeProof.of(TlsStack.CONSCRYPT, X25519).requireResumption().resumedBy());
    }

    @Test
    void bcjsseCannotResumeTls13AndSaysWhy() {
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeProof.of(TlsStack.BCJSSE_BC, X25519).requireResumption());
        assertTrue(u.getMessage().contains("receive13NewSessionTicket"), u.getMessage());
    }

    /** The pair no stack can pin alone: a Conscrypt server picks ChaCha20 when that is all the client offers. */
    @Test
    void aConscryptServerNegotiatesTls13ChaCha20WithAChaChaOnlyClient() {
        HandshakeProof p = HandshakeProof.of(StackPair.SUNJSSE_TO_CONSCRYPT.peers(), HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256);
        assertEquals("TLS_CHACHA20_POLY1305_SHA256", p.full().suite());
        assertThrows(HarnessLimit.class, () -> HandshakeProof.of(TlsStack.CONSCRYPT, HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256));
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
                () -> HandshakeProof.run(SAME, X25519, s -> claimed));
        assertTrue(e.getMessage().startsWith("silent fallback"), e.getMessage());
    }

    /** A claimed provider without the suite's AEAD: the record cipher would be another's. */
    @Test
    void aRecordCipherTheClaimedProviderLacksMakesTheConfigurationUnsupported() {
        ProviderSet empty = ProviderSet.of("EMPTY", new Provider("EMPTY", "1", "no services") { });
        Unsupported u = assertThrows(Unsupported.class, () -> HandshakeProof.run(SAME, X25519, s -> empty));
        assertTrue(u.getMessage().contains("the record cipher would be SunJCE's"), u.getMessage());
    }

    @Test
    void proofsLeaveTheProviderListAndSecurityPropertiesAsTheyWere() {
        List<String> before = names();
        String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
        for (HandshakeConfig config : List.of(X25519, HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048)) {
            try {
                HandshakeProof.run(Peers.same(TlsStack.SUNJSSE_ACCP), config, TlsStack::crypto);
            } catch (Unsupported expectedOnSomeJdks) {
                // the point is what is left behind
            }
        }
        assertEquals(before, names());
        assertEquals(disabled, Security.getProperty("jdk.tls.disabledAlgorithms"));
    }

    private static List<String> names() {
        return Arrays.stream(Security.getProviders()).map(p -> p.getClass().getName() + "@" + p.getName()).toList();
    }
}
