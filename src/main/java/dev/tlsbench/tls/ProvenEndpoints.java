package dev.tlsbench.tls;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.proof.HandshakeCheck;
import dev.tlsbench.tls.proof.HandshakeProof;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.GlobalSwitch;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.SideTimes;
import dev.tlsbench.tls.stack.TlsEndpoints;
import dev.tlsbench.tls.wire.WireHello;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSessionContext;

/**
 * The proven start both SSLEngine fixtures share: the JVM prepared, the proof of the peers x
 * configuration passed (resumption included when asked for), the contexts made, and handshakes on
 * these very contexts checked on the wire: a first contact that fills the client's session cache
 * when resuming, then two more (the steady state: a resumed session stays resumable).
 */
final class ProvenEndpoints implements AutoCloseable {

    private final GlobalSwitch.Lease lease;
    private final TlsEndpoints endpoints;
    private final Resumption resumption;
    private final EnginePump pump = new EnginePump();
    /** What the checked handshakes negotiated, for the log. */
    private final WireHello negotiated;

    private ProvenEndpoints(GlobalSwitch.Lease lease, TlsEndpoints endpoints, Resumption resumption) throws Exception {
        this.lease = lease;
        this.endpoints = endpoints;
        this.resumption = resumption;
        boolean resumed = resumption == Resumption.RESUMED;
        if (resumed) {
            HandshakeProof.checkedAndClosed(pump, endpoints, resumption, false);
        }
        HandshakeProof.checkedAndClosed(pump, endpoints, resumption, resumed);
        negotiated = HandshakeProof.checkedAndClosed(pump, endpoints, resumption, resumed);
    }

    /**
     * @throws dev.tlsbench.provider.Unsupported when the peers cannot do the configuration (or resume it)
     */
    static ProvenEndpoints open(Peers peers, HandshakeConfig config, ServerKeyManager keyManager, Resumption resumption) {
        GlobalSwitch.Lease lease = peers.prepareJvm(config);
        try {
            return new ProvenEndpoints(lease, proven(peers, config, keyManager, resumption), resumption);
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        } catch (Exception e) {
            lease.close();
            throw new IllegalStateException(e);
        }
    }

    /** The proof (and its resumption, when asked for), then the contexts with the key manager asked for. */
    private static TlsEndpoints proven(Peers peers, HandshakeConfig config, ServerKeyManager keyManager, Resumption resumption) {
        HandshakeProof proof = HandshakeProof.of(peers, config);
        if (resumption == Resumption.RESUMED) {
            proof.requireResumption();
        }
        return TlsEndpoints.make(peers, config, keyManager, p -> p);
    }

    SSLEngine newClient() {
        return endpoints.newClient(resumption);
    }

    SSLEngine newServer() {
        return endpoints.newServer(resumption);
    }

    /** What the setup handshakes negotiated on the wire. */
    WireHello negotiated() {
        return negotiated;
    }

    Resumption resumption() {
        return resumption;
    }

    /** One handshake between new engines, unchecked: the measured one, each side's calls charged to it. */
    void handshake(SSLEngine client, SSLEngine server, SideTimes times) throws SSLException {
        pump.handshake(client, server, times);
    }

    /** One handshake between new engines, checked on the wire as the setup handshakes were. */
    void checkedHandshake(SSLEngine client, SSLEngine server) {
        HandshakeCheck.handshake(pump, client, server, endpoints.peers(), endpoints.config(), resumption == Resumption.RESUMED);
    }

    /** Lets two handshaken engines finish their post-handshake messages. */
    void settle(SSLEngine client, SSLEngine server) throws SSLException {
        pump.settle(client, server);
    }

    /** Closes one connection as peers close it (see {@link EnginePump#close}). */
    void closeConnection(SSLEngine client, SSLEngine server) throws SSLException {
        pump.close(client, server);
    }

    /** {@link #closeConnection(SSLEngine, SSLEngine)}, each side's calls charged to it. */
    void closeConnection(SSLEngine client, SSLEngine server, SideTimes times) throws SSLException {
        pump.close(client, server, times);
    }

    /** Server chains the client validated so far on these contexts: one per full handshake. */
    long chainValidations() {
        return endpoints.chainValidations();
    }

    /** The client context's session cache. */
    SSLSessionContext clientSessions() {
        return endpoints.clientSessions();
    }

    @Override
    public void close() {
        lease.close();
    }
}
