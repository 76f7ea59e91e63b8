package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.SideTimes;
import dev.tlsbench.tls.stack.TlsStack;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;
import org.junit.jupiter.api.Test;

/** The checks a measured connection passes: closed both ways, resumed as asked, every iteration. */
class ConnectionChecksTest {

    private static final HandshakeConfig TLS13 = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;
    private static final Peers SUNJSSE = Peers.same(TlsStack.SUNJSSE);

    @Test
    void connectionsThatCloseAndResumeAsAskedPass() throws Exception {
        for (Resumption r : Resumption.values()) {
            try (HandshakeFixture f = HandshakeFixture.open(SUNJSSE, TLS13, r, ServerKeyManager.DEFAULT)) {
                f.startIteration();
                for (int i = 0; i < 3; i++) {
                    SSLEngine client = f.connect(new SideTimes());
                    assertTrue(client.isOutboundDone() && client.isInboundDone(), r.toString());
                }
                assertDoesNotThrow(f::checkIteration, r.toString());
            }
        }
    }

    /** A connection whose engines were made but never closed fails the iteration. */
    @Test
    void anEngineLeftOpenIsCaught() {
        try (HandshakeFixture f = HandshakeFixture.open(SUNJSSE, TLS13, Resumption.FULL, ServerKeyManager.DEFAULT)) {
            f.startIteration();
            f.openEngines();
            IllegalStateException e = assertThrows(IllegalStateException.class, f::checkIteration);
            assertTrue(e.getMessage().contains("1 of 1 connections were left open"), e.getMessage());
        }
    }

    /**
     * The client's cached sessions expire mid-run (as a ticket lifetime or cache timeout would make
     * them): the resumed cell must fail, not measure full handshakes.
     */
    @Test
    void aResumedHandshakeThatTurnsFullIsCaught() throws Exception {
        try (HandshakeFixture f = HandshakeFixture.open(SUNJSSE, TLS13, Resumption.RESUMED, ServerKeyManager.DEFAULT)) {
            f.startIteration();
            f.connect(new SideTimes());
            assertDoesNotThrow(f::checkIteration);
            f.startIteration();
            SSLSessionContext cache = f.clientSessions();
            cache.setSessionTimeout(1);
            Thread.sleep(1100); // past the timeout: every cached session is stale now
            f.connect(new SideTimes());
            IllegalStateException e = assertThrows(IllegalStateException.class, f::checkIteration);
            assertTrue(e.getMessage().contains("resumed handshakes turned full: 1 of 1"), e.getMessage());
        }
    }
}
