package dev.tlsbench.tls.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.Availability;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import io.netty.util.ReferenceCounted;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/** Netty's OpenSSL stack: what its engines and contexts hold is given back, and a library that did not load says why. */
class NettyOpenSslTest {

    private static final HandshakeConfig TLS13 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;

    /**
     * Connections on Netty's engines, alone and against every other stack, full and resumed: after
     * each close every Netty engine holds no reference, and after the endpoints close neither Netty
     * context does (a live engine holds one on its context, so a forgotten engine shows here too).
     */
    @Test
    void closedConnectionsAndClosedEndpointsHoldNothing() throws Exception {
        List<Peers> all = new ArrayList<>(List.of(Peers.same(TlsStack.NETTY_OPENSSL)));
        for (StackPair pair : StackPair.values()) {
            if (pair.peers().stacks().contains(TlsStack.NETTY_OPENSSL)) {
                all.add(pair.peers());
            }
        }
        assertEquals(9, all.size(), "Netty alone and against each of the other four stacks, both ways");
        EnginePump pump = new EnginePump();
        for (Peers peers : all) {
            TlsEndpoints endpoints = TlsEndpoints.make(peers, TLS13, ServerKeyManager.DEFAULT, p -> p);
            List<SSLEngine> nettyEngines = new ArrayList<>();
            try (GlobalSwitch.Lease lease = peers.prepareJvm(TLS13)) {
                for (Resumption r : List.of(Resumption.FULL, Resumption.RESUMED, Resumption.RESUMED)) {
                    SSLEngine client = endpoints.newClient(r);
                    SSLEngine server = endpoints.newServer(r);
                    pump.handshake(client, server);
                    pump.close(client, server);
                    endpoints.release(client, server);
                    for (SSLEngine e : List.of(client, server)) {
                        if (e instanceof ReferenceCounted) {
                            nettyEngines.add(e);
                        }
                    }
                }
            } finally {
                endpoints.close();
            }
            assertEquals(peers.mixed() ? 3 : 6, nettyEngines.size(), peers.toString());
            for (SSLEngine e : nettyEngines) {
                assertEquals(0, ((ReferenceCounted) e).refCnt(), peers + ": an engine still holds its SSL");
            }
            for (StackContext c : endpoints.contexts()) {
                if (c instanceof NettyOpenSslContext netty) {
                    assertEquals(0, netty.refCnt(), peers + ": a context still holds its SSL_CTX");
                }
            }
        }
    }

    /** An engine that was never released keeps its context alive: what the test above would see. */
    @Test
    void anUnreleasedEngineIsSeenOnItsContext() throws Exception {
        TlsEndpoints endpoints = TlsEndpoints.make(Peers.same(TlsStack.NETTY_OPENSSL), TLS13, ServerKeyManager.DEFAULT, p -> p);
        SSLEngine forgotten = endpoints.newServer(Resumption.FULL);
        endpoints.close();
        NettyOpenSslContext server = (NettyOpenSslContext) endpoints.contexts().get(1);
        assertEquals(1, server.refCnt());
        ((ReferenceCounted) forgotten).release();
        assertEquals(0, server.refCnt());
    }

    /** The loader's reason becomes the stack's: every cell that needs the library is unsupported with it. */
    @Test
    void aLibraryThatDidNotLoadIsUnsupportedWithTheLoadersReason() {
        Availability a = TcnativeBoringSsl.of(new UnsatisfiedLinkError("test double: no libnetty_tcnative_linux_x86_64 in java.library.path"));
        assertFalse(a.loaded());
        assertTrue(a.reason().contains("UnsatisfiedLinkError test double: no libnetty_tcnative"), a.reason());
        assertTrue(TcnativeBoringSsl.of(null).reason().contains("no reason given"));
    }

    /** Here it loads, and says what it is. */
    @Test
    void theLibraryLoadsAndSaysWhatItIs() {
        Availability a = TcnativeBoringSsl.INSTANCE.availability();
        assertTrue(a.loaded(), a.reason());
        assertTrue(a.nativeLibrary().startsWith("BoringSSL"), a.nativeLibrary());
        assertTrue(a.version().contains("netty-tcnative 2.0.84.Final"), a.version());
        assertTrue(a.version().contains("netty-handler 4.2."), a.version());
        assertTrue(TlsStack.NETTY_OPENSSL.cryptos().isEmpty(), "no JCA provider serves its crypto");
    }

    /** A group BoringSSL has no name for cannot be pinned: unsupported before any context is made. */
    @Test
    void aGroupBoringSslLacksIsUnsupported() {
        Unsupported u = assertThrows(Unsupported.class, () -> TlsEndpoints.make(Peers.same(TlsStack.NETTY_OPENSSL),
                HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256, ServerKeyManager.DEFAULT, p -> p));
        assertTrue(u.getMessage().contains("has no ffdhe2048 group"), u.getMessage());
    }
}
