package dev.tlsbench.tls.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.Pki;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.StackContext;
import dev.tlsbench.tls.stack.StackDriver;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsStack;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * Only a stack refusing a configuration makes it unsupported: anything else that breaks a handshake
 * (here a trust manager or key manager that throws, test doubles for a harness bug) fails the cell,
 * with the fault in the exception's causes.
 */
class HandshakeFailureTest {

    private static final List<TlsStack> STACKS = List.of(TlsStack.SUNJSSE, TlsStack.BCJSSE_BC, TlsStack.CONSCRYPT);
    private static final HandshakeConfig DEFAULTS = HandshakeConfig.DEFAULTS_ECDSA_P256;

    @Test
    void aTrustManagerThatThrowsIsAFailureNotUnsupported() throws Exception {
        for (TlsStack stack : STACKS) {
            IllegalStateException fault = new IllegalStateException("test double: the client's trust manager broke");
            SSLEngine[] engines = engines(stack, null, new ThrowingTrustManager(fault));
            assertFailedWith(fault, stack, engines);
        }
    }

    /** Netty's OpenSSL client calls the trust manager from a task: its fault still fails, it is not a refusal. */
    @Test
    void aTrustManagerThatThrowsIsAFailureOnNettyToo() throws Exception {
        StackDriver netty = TlsStack.NETTY_OPENSSL.driver();
        Provider jsse = netty.jsse(p -> p);
        IllegalStateException fault = new IllegalStateException("test double: the client's trust manager broke");
        try (StackContext server = netty.serverContext(jsse, ServerKeyManager.DEFAULT, Pki.of(CertType.ECDSA_P256), List.of());
             StackContext client = netty.clientContext(jsse, new ThrowingTrustManager(fault), List.of())) {
            SSLEngine c = client.newEngine();
            c.setUseClientMode(true);
            SSLEngine s = server.newEngine();
            s.setUseClientMode(false);
            try {
                assertFailedWith(fault, TlsStack.NETTY_OPENSSL, new SSLEngine[] {c, s});
            } finally {
                client.release(c);
                server.release(s);
            }
        }
    }

    @Test
    void aKeyManagerThatThrowsIsAFailureNotUnsupported() throws Exception {
        for (TlsStack stack : STACKS) {
            IllegalStateException fault = new IllegalStateException("test double: the server's key manager broke");
            SSLEngine[] engines = engines(stack, new ThrowingKeyManager(fault), null);
            assertFailedWith(fault, stack, engines);
        }
    }

    /** The refusals the suite knows stay unsupported: no Ed25519 server certificate on Conscrypt, BCJSSE and Netty. */
    @Test
    void stacksThatRefuseAConfigurationAreStillUnsupported() {
        HandshakeConfig ed25519 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ED25519;
        for (Peers peers : List.of(Peers.same(TlsStack.CONSCRYPT), Peers.same(TlsStack.BCJSSE_BC),
                StackPair.CONSCRYPT_TO_SUNJSSE.peers(), Peers.same(TlsStack.NETTY_OPENSSL), StackPair.SUNJSSE_TO_NETTY_OPENSSL.peers())) {
            Unsupported u = assertThrows(Unsupported.class, () -> HandshakeProof.of(peers, ed25519), peers.toString());
            assertTrue(u.getMessage().contains("the handshake failed"), u.getMessage());
            if (peers.server() == TlsStack.NETTY_OPENSSL) {
                // the client read internal_error; the reason is the Netty server's own, on its next call
                assertTrue(u.getMessage().contains("the other end: SSLHandshakeException Unable to find key material"), u.getMessage());
            }
        }
    }

    private static void assertFailedWith(IllegalStateException fault, TlsStack stack, SSLEngine[] engines) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> HandshakeCheck.handshake(new EnginePump(),
                engines[0], engines[1], Peers.same(stack), DEFAULTS, false), stack.toString());
        assertFalse(e instanceof Unsupported, stack + " reported a broken handshake as unsupported: " + e.getMessage());
        boolean found = false;
        for (Throwable t = e; t != null && !found; t = t.getCause()) {
            found = t == fault;
            for (Throwable peer : t.getSuppressed()) { // the other end's own failure (EnginePump.handshakeOnTheRecord)
                for (Throwable p = peer; p != null && !found; p = p.getCause()) {
                    found = p == fault;
                }
            }
        }
        assertTrue(found, stack + ": the fault is not among the causes of " + e + " nor of what it suppressed");
    }

    /** A client and a server engine of the stack, with the stack's own managers where none is given. */
    private static SSLEngine[] engines(TlsStack stack, KeyManager serverKeys, TrustManager clientTrust) throws Exception {
        Provider jsse = stack.driver().jsse(p -> p);
        Pki pki = Pki.of(CertType.ECDSA_P256);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(stack.driver().defaultKeyManagerAlgorithm(), jsse);
        kmf.init(pki.serverKeys(), Pki.PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", jsse);
        tmf.init(pki.trustAnchors());
        SSLContext server = SSLContext.getInstance("TLS", jsse);
        server.init(serverKeys == null ? kmf.getKeyManagers() : new KeyManager[] {serverKeys}, null, null);
        SSLContext client = SSLContext.getInstance("TLS", jsse);
        client.init(null, clientTrust == null ? tmf.getTrustManagers() : new TrustManager[] {clientTrust}, null);
        SSLEngine c = client.createSSLEngine();
        c.setUseClientMode(true);
        SSLEngine s = server.createSSLEngine();
        s.setUseClientMode(false);
        return new SSLEngine[] {c, s};
    }

    private static final class ThrowingTrustManager extends X509ExtendedTrustManager {
        private final RuntimeException fault;

        ThrowingTrustManager(RuntimeException fault) {
            this.fault = fault;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw fault;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw fault;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            throw fault;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            throw fault;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            throw fault;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw fault;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static final class ThrowingKeyManager extends X509ExtendedKeyManager {
        private final RuntimeException fault;

        ThrowingKeyManager(RuntimeException fault) {
            this.fault = fault;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            throw fault;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            throw fault;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            throw fault;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            throw fault;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            throw fault;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            throw fault;
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            throw fault;
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            throw fault;
        }
    }
}
