package dev.tlsbench.tls.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * The pump charges each engine's calls to its own side, through a handshake and the close: one
 * side made slower by a known delay per call shows all of it, the other none of it (less than one
 * delay: a connection between warm engines takes a few ms, one call charged to the wrong side adds
 * the whole delay).
 */
class SideAttributionTest {

    private static final long DELAY_MILLIS = 100;
    private static final long DELAY = DELAY_MILLIS * 1_000_000;

    @Test
    void aSlowServerIsChargedToTheServer() throws Exception {
        TlsEndpoints endpoints = endpoints();
        DelayedEngine server = new DelayedEngine(endpoints.newServer(Resumption.FULL), DELAY_MILLIS);
        SideTimes times = connection(endpoints.newClient(Resumption.FULL), server);
        assertTrue(times.serverNanos() >= server.calls() * DELAY, server.calls() + " delayed calls, server " + times.serverNanos() + " ns");
        assertTrue(times.clientNanos() < DELAY, "client " + times.clientNanos() + " ns");
    }

    @Test
    void aSlowClientIsChargedToTheClient() throws Exception {
        TlsEndpoints endpoints = endpoints();
        DelayedEngine client = new DelayedEngine(endpoints.newClient(Resumption.FULL), DELAY_MILLIS);
        SideTimes times = connection(client, endpoints.newServer(Resumption.FULL));
        assertTrue(times.clientNanos() >= client.calls() * DELAY, client.calls() + " delayed calls, client " + times.clientNanos() + " ns");
        assertTrue(times.serverNanos() < DELAY, "server " + times.serverNanos() + " ns");
    }

    /** Contexts that made a few connections already: the classes loaded, the first-call costs paid. */
    private static TlsEndpoints endpoints() throws Exception {
        TlsEndpoints endpoints = TlsEndpoints.make(Peers.same(TlsStack.SUNJSSE), HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256,
                ServerKeyManager.DEFAULT, p -> p);
        for (int i = 0; i < 20; i++) {
            connection(endpoints.newClient(Resumption.FULL), endpoints.newServer(Resumption.FULL));
        }
        return endpoints;
    }

    /** A handshake and the close, timed per side. */
    private static SideTimes connection(SSLEngine client, SSLEngine server) throws Exception {
        SideTimes times = new SideTimes();
        EnginePump pump = new EnginePump();
        pump.handshake(client, server, times);
        pump.close(client, server, times);
        return times;
    }
}
