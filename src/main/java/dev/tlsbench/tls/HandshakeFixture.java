package dev.tlsbench.tls;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.SideTimes;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSessionContext;

/**
 * One thread's handshake benchmark state: proven contexts for one peers x configuration x key
 * manager, and {@link #connect}, one connection as a peer makes it: a fresh client and server
 * engine, one complete handshake between them, and the close (close_notify both ways). Engine
 * creation and close are part of every real connection, so they are inside the measurement;
 * contexts, keys and certificates are not.
 *
 * <p>Per iteration it counts connections opened and closed and the server chains the client
 * validated (one per full handshake, none per resumed one): {@link #checkIteration()} fails the
 * cell when a connection was left open, a resumed handshake turned full or a full one resumed.
 */
final class HandshakeFixture implements AutoCloseable {

    private final ProvenEndpoints proven;
    /** Where the calls that pass no {@link SideTimes} charge their time (ConnectionCloseBench's): nobody reads it. */
    private final SideTimes untimed = new SideTimes();
    private long opened;
    private long closed;
    private long chainsAtStart;

    private HandshakeFixture(ProvenEndpoints proven) {
        this.proven = proven;
    }

    /** @throws dev.tlsbench.provider.Unsupported when the peers cannot do the configuration (or resume it) */
    public static HandshakeFixture open(Peers peers, HandshakeConfig config, Resumption resumption, ServerKeyManager keyManager) {
        HandshakeFixture f = new HandshakeFixture(ProvenEndpoints.open(peers, config, keyManager, resumption));
        f.startIteration();
        return f;
    }

    /** What the setup handshakes negotiated, for the log (the defaults' choice in particular). */
    public String negotiated() {
        return proven.negotiated().describe();
    }

    /**
     * One connection: new engines, a handshake, the close, every call on the client's engine (its
     * creation and delegated tasks included) charged to the client in {@code times}, every call on
     * the server's to the server, and the connection counted.
     *
     * @return the client engine, for the caller to sink
     */
    public SSLEngine connect(SideTimes times) throws SSLException {
        SSLEngine client = close(handshaken(times), times);
        times.connected();
        return client;
    }

    /** New engines after their handshake, open: {client, server}. */
    public SSLEngine[] handshaken() throws SSLException {
        return handshaken(untimed);
    }

    private SSLEngine[] handshaken(SideTimes times) throws SSLException {
        SSLEngine[] engines = openEngines(times);
        proven.handshake(engines[0], engines[1], times);
        return engines;
    }

    /** Closes a connection from {@link #handshaken()} as peers close it. @return the client engine */
    public SSLEngine close(SSLEngine[] engines) throws SSLException {
        return close(engines, untimed);
    }

    private SSLEngine close(SSLEngine[] engines, SideTimes times) throws SSLException {
        proven.closeConnection(engines[0], engines[1], times);
        closed++;
        return engines[0];
    }

    /** A new client and server engine, counted as an open connection until {@link #connect} closes it. */
    SSLEngine[] openEngines() {
        return openEngines(untimed);
    }

    private SSLEngine[] openEngines(SideTimes times) {
        times.lap();
        SSLEngine client = proven.newClient();
        times.toClient();
        SSLEngine server = proven.newServer();
        times.toServer();
        opened++;
        return new SSLEngine[] {client, server};
    }

    /** The client context's session cache, for tests that evict from it. */
    SSLSessionContext clientSessions() {
        return proven.clientSessions();
    }

    /** Starts the counts of a measurement iteration. */
    public void startIteration() {
        opened = 0;
        closed = 0;
        chainsAtStart = proven.chainValidations();
    }

    /**
     * @throws IllegalStateException when a connection of this iteration was left open, or a
     *         handshake was full where it should resume (or resumed where it should be full)
     */
    public void checkIteration() {
        if (opened != closed) {
            throw new IllegalStateException((opened - closed) + " of " + opened + " connections were left open");
        }
        long full = proven.chainValidations() - chainsAtStart;
        if (proven.resumption() == Resumption.RESUMED && full != 0) {
            throw new IllegalStateException("resumed handshakes turned full: " + full + " of " + opened
                    + " validated the server's certificate chain");
        }
        if (proven.resumption() == Resumption.FULL && full != opened) {
            throw new IllegalStateException("only " + full + " of " + opened + " full handshakes validated the server's"
                    + " certificate chain: the others resumed");
        }
    }

    @Override
    public void close() {
        proven.close();
    }
}
