package dev.tlsbench.tls.stack;

import dev.tlsbench.tls.wire.TlsWire;
import dev.tlsbench.tls.wire.WireHello;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * Drives a client and a server SSLEngine against each other in memory, on one thread: each
 * engine's output buffer is the other's input, delegated tasks run inline, no sockets, no sleeps.
 * Buffers are allocated once and reused by every handshake, so a measured handshake allocates
 * only what the engines themselves allocate.
 *
 * <p>A handshake ends when both engines stop handshaking and neither has bytes left to send:
 * the pump keeps going past FINISHED so that post-handshake messages (TLS 1.3 NewSessionTicket)
 * reach the client, which is what makes the next handshake resumable.
 */
public final class EnginePump {

    /** Far above one handshake flight (two certificates and a ticket fit in a few KiB). */
    private static final int NET_CAPACITY = 1 << 16;
    private static final int APP_CAPACITY = 1 << 15;
    /** A handshake that needs more engine calls than this is stuck. */
    private static final int MAX_STEPS = 1000;
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final ByteBuffer clientToServer = ByteBuffer.allocate(NET_CAPACITY);
    private final ByteBuffer serverToClient = ByteBuffer.allocate(NET_CAPACITY);
    private final ByteBuffer app = ByteBuffer.allocate(APP_CAPACITY);

    /** Where the calls that pass no {@link SideTimes} charge their time: nobody reads it. */
    private final SideTimes untimed = new SideTimes();

    /** Non-null while a proof records the wire; null when timing. */
    private ByteArrayOutputStream tapClient;
    private ByteArrayOutputStream tapServer;

    /** Runs one complete handshake; the engines are new, made by the caller. */
    public void handshake(SSLEngine client, SSLEngine server) throws SSLException {
        handshake(client, server, untimed);
    }

    /** {@link #handshake(SSLEngine, SSLEngine)}, each engine's calls (and their delegated tasks) charged to its side. */
    public void handshake(SSLEngine client, SSLEngine server, SideTimes times) throws SSLException {
        clientToServer.clear();
        serverToClient.clear();
        times.lap();
        client.beginHandshake();
        times.toClient();
        server.beginHandshake();
        times.toServer();
        settle(client, server, times);
    }

    /** Moves messages between the engines until neither has anything left to do. */
    public void settle(SSLEngine client, SSLEngine server) throws SSLException {
        settle(client, server, untimed);
    }

    private void settle(SSLEngine client, SSLEngine server, SideTimes times) throws SSLException {
        times.lap();
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            // one step is one engine's task, wrap or unwrap, with the buffer moves around it;
            // the loop's own test lands on the client's next lap (a few ns)
            boolean progress = step(client, clientToServer, serverToClient, tapClient);
            times.toClient();
            progress |= step(server, serverToClient, clientToServer, tapServer);
            times.toServer();
            if (!progress) {
                if (idle(client) && idle(server)) {
                    return;
                }
                throw new SSLException("handshake stalled: client " + client.getHandshakeStatus()
                        + ", server " + server.getHandshakeStatus());
            }
        }
        throw new SSLException("handshake did not finish in " + MAX_STEPS + " steps");
    }

    /**
     * Closes a connection as a peer does: the server closes its outbound side and sends what it
     * still holds (Conscrypt's TLS 1.3 NewSessionTickets leave now) with its close_notify, the client
     * reads all of it, answers with its own close_notify, the server reads that, and both close their
     * inbound side. Both engines must then be done both ways.
     *
     * @throws IllegalStateException when an engine is left open
     */
    public void close(SSLEngine client, SSLEngine server) throws SSLException {
        close(client, server, untimed);
    }

    /** {@link #close(SSLEngine, SSLEngine)}, each engine's calls charged to its side. */
    public void close(SSLEngine client, SSLEngine server, SideTimes times) throws SSLException {
        times.lap();
        server.closeOutbound();
        flushOutbound(server, serverToClient);
        times.toServer();
        readUntilClosed(client, serverToClient);
        client.closeOutbound();
        flushOutbound(client, clientToServer);
        times.toClient();
        readUntilClosed(server, clientToServer);
        times.toServer();
        client.closeInbound();
        times.toClient();
        server.closeInbound();
        times.toServer();
        requireClosed(client, "client");
        requireClosed(server, "server");
    }

    private static void flushOutbound(SSLEngine engine, ByteBuffer out) throws SSLException {
        for (int steps = 0; steps < MAX_STEPS && !engine.isOutboundDone(); steps++) {
            SSLEngineResult r = engine.wrap(EMPTY, out);
            if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                runTasks(engine);
            } else if (r.bytesProduced() == 0 && r.getStatus() == SSLEngineResult.Status.CLOSED) {
                return;
            }
        }
    }

    private void readUntilClosed(SSLEngine engine, ByteBuffer in) throws SSLException {
        while (in.position() > 0 && !engine.isInboundDone()) {
            in.flip();
            SSLEngineResult r = engine.unwrap(in, app);
            in.compact();
            app.clear();
            if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                runTasks(engine);
            } else if (r.bytesConsumed() == 0) {
                return;
            }
        }
        in.clear(); // nothing may follow a close_notify
    }

    /** @throws IllegalStateException naming the side and direction left open */
    static void requireClosed(SSLEngine engine, String side) {
        if (!engine.isOutboundDone() || !engine.isInboundDone()) {
            throw new IllegalStateException("the " + side + " engine was left open (outbound done " + engine.isOutboundDone()
                    + ", inbound done " + engine.isInboundDone() + ")");
        }
    }

    private static void runTasks(SSLEngine engine) {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** Runs a handshake and returns what its hellos negotiated on the wire. */
    public WireHello handshakeOnTheRecord(SSLEngine client, SSLEngine server) throws SSLException {
        tapClient = new ByteArrayOutputStream();
        tapServer = new ByteArrayOutputStream();
        try {
            handshake(client, server);
            return TlsWire.parse(tapClient.toByteArray(), tapServer.toByteArray());
        } finally {
            tapClient = null;
            tapServer = null;
        }
    }

    private static boolean idle(SSLEngine e) {
        HandshakeStatus hs = e.getHandshakeStatus();
        return hs == HandshakeStatus.NOT_HANDSHAKING || hs == HandshakeStatus.FINISHED;
    }

    /** One move of one engine: a task, a wrap or an unwrap. @return whether anything happened */
    private boolean step(SSLEngine engine, ByteBuffer out, ByteBuffer in, ByteArrayOutputStream tap)
            throws SSLException {
        HandshakeStatus hs = engine.getHandshakeStatus();
        if (hs == HandshakeStatus.NEED_TASK) {
            runTasks(engine);
            return true;
        }
        if (hs == HandshakeStatus.NEED_WRAP) {
            return wrap(engine, out, tap) || engine.getHandshakeStatus() != HandshakeStatus.NEED_WRAP;
        }
        if (in.position() > 0) {
            in.flip();
            SSLEngineResult r = engine.unwrap(in, app);
            in.compact();
            app.clear();
            check(r, "unwrap");
            return r.bytesConsumed() > 0 || r.getHandshakeStatus() != hs;
        }
        // Nothing to read: an engine past its handshake may still hold bytes to send (Conscrypt
        // queues the TLS 1.3 NewSessionTicket until the next wrap).
        return idle(engine) && wrap(engine, out, tap);
    }

    private static boolean wrap(SSLEngine engine, ByteBuffer out, ByteArrayOutputStream tap) throws SSLException {
        int start = out.position();
        SSLEngineResult r = engine.wrap(EMPTY, out);
        check(r, "wrap");
        if (tap != null && r.bytesProduced() > 0) {
            tap.write(out.array(), start, r.bytesProduced());
        }
        return r.bytesProduced() > 0;
    }

    private static void check(SSLEngineResult r, String op) throws SSLException {
        if (r.getStatus() != SSLEngineResult.Status.OK && r.getStatus() != SSLEngineResult.Status.BUFFER_UNDERFLOW) {
            throw new SSLException(op + " returned " + r.getStatus());
        }
    }
}
