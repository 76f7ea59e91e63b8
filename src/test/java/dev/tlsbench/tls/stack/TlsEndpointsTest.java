package dev.tlsbench.tls.stack;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/** The contexts and engines of a connection, and the pump's close check. */
class TlsEndpointsTest {

    private static final HandshakeConfig TLS13 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;
    private static final Peers SUNJSSE = Peers.same(TlsStack.SUNJSSE);

    /** An engine that closed only one way is not a closed connection. */
    @Test
    void anEngineClosedOnlyOneWayIsCaught() throws Exception {
        TlsEndpoints endpoints = TlsEndpoints.make(SUNJSSE, TLS13, ServerKeyManager.DEFAULT, p -> p);
        SSLEngine client = endpoints.newClient(Resumption.FULL);
        SSLEngine server = endpoints.newServer(Resumption.FULL);
        new EnginePump().handshake(client, server);
        client.closeOutbound();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EnginePump.requireClosed(client, "client"));
        assertTrue(e.getMessage().contains("client engine was left open"), e.getMessage());
    }

    /** Conscrypt keeps every key in memory: it has no KeyManagerFactory that reads a KeyStore.Builder. */
    @Test
    void theKeyStoreKeyManagerIsUnsupportedOnConscryptOnly() {
        for (TlsStack stack : TlsStack.values()) {
            Runnable make = () -> TlsEndpoints.make(Peers.same(stack), TLS13, ServerKeyManager.PKIX_KEY_STORE, p -> p);
            if (stack == TlsStack.CONSCRYPT) {
                assertThrows(dev.tlsbench.provider.Unsupported.class, make::run);
            } else if (stack != TlsStack.SUNJSSE_ACCP) {
                assertDoesNotThrow(make::run, stack.toString());
            }
        }
    }

    /** A harness bug while the contexts are made (a test double: the provider lens throws) fails, not "unsupported". */
    @Test
    void aFailureWhileMakingContextsIsNotUnsupported() {
        IllegalStateException bug = new IllegalStateException("test double: a harness bug");
        RuntimeException e = assertThrows(RuntimeException.class, () -> TlsEndpoints.make(Peers.same(TlsStack.BCJSSE_BC), TLS13,
                ServerKeyManager.DEFAULT, p -> {
                    throw bug;
                }));
        assertFalse(e instanceof dev.tlsbench.provider.Unsupported, e.getMessage());
        assertSame(bug, e);
    }
}
