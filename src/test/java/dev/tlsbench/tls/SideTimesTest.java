package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.SideTimes;
import dev.tlsbench.tls.stack.TlsStack;
import org.junit.jupiter.api.Test;

/** Each side's share of real connections: both sides charged, within the wall time (which side did what: SideAttributionTest). */
class SideTimesTest {

    private static final Peers SUNJSSE = Peers.same(TlsStack.SUNJSSE);

    @Test
    void bothSidesAreChargedWithinTheWallTime() throws Exception {
        for (Resumption r : Resumption.values()) {
            try (HandshakeFixture f = HandshakeFixture.open(SUNJSSE, HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, r,
                    ServerKeyManager.DEFAULT)) {
                SideTimes times = new SideTimes();
                long start = System.nanoTime();
                for (int i = 0; i < 5; i++) {
                    f.connect(times);
                }
                long wall = System.nanoTime() - start;
                assertEquals(5, times.connections(), r.toString());
                assertTrue(times.clientNanos() > 0 && times.serverNanos() > 0, r + ": client " + times.clientNanos()
                        + " ns, server " + times.serverNanos() + " ns");
                assertTrue(times.clientNanos() + times.serverNanos() <= wall, r + ": client " + times.clientNanos() + " + server "
                        + times.serverNanos() + " ns exceed the " + wall + " ns the connections took");
                times.reset();
                assertEquals(0, times.clientNanos() + times.serverNanos() + times.connections(), r.toString());
            }
        }
    }
}
