package dev.tlsbench.tls;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.TlsStack;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * One thread's record-path state: a client and a server engine that completed a proven handshake,
 * and preallocated buffers of one kind. {@link #write()} is one application write: the client wraps
 * it into as many records as its stack makes of it and the server unwraps them: the AEAD plus
 * each stack's record framing, sequence numbers and buffer handling, which is what the stack adds
 * over the raw AEAD numbers of AeadRecordBench. The engines count the sequence number (the nonce)
 * forward, so no (key, nonce) pair repeats. The connection is closed at the end, as a peer closes it.
 */
final class RecordPath implements AutoCloseable {

    private final ProvenEndpoints proven;
    private final SSLEngine client;
    private final SSLEngine server;
    private final ByteBuffer plaintext;
    private final ByteBuffer record;
    private final ByteBuffer received;
    private final int recordsPerWrite;

    private RecordPath(ProvenEndpoints proven, SSLEngine client, SSLEngine server, int appData, EngineBuffers buffers)
            throws SSLException {
        this.proven = proven;
        this.client = client;
        this.server = server;
        this.plaintext = buffers.allocate(appData);
        this.plaintext.put(Payloads.bytes(appData, appData)).flip();
        this.record = buffers.allocate(client.getSession().getPacketBufferSize());
        // Netty's OpenSSL engine unwraps a record only into room for the whole record less its
        // header (16401 bytes for a full TLS 1.3 record), though its session says 16384 (else BUFFER_OVERFLOW)
        this.received = buffers.allocate(Math.max(appData, Math.max(server.getSession().getApplicationBufferSize(),
                server.getSession().getPacketBufferSize())));
        this.recordsPerWrite = proveRoundTrip();
    }

    /**
     * Proves the configuration (as the handshake fixture does), runs one checked full handshake,
     * then proves the path: the {@code appData} bytes arrive intact.
     */
    public static RecordPath open(TlsStack stack, HandshakeConfig config, int appData, EngineBuffers buffers) {
        ProvenEndpoints proven = ProvenEndpoints.open(Peers.same(stack), config, ServerKeyManager.DEFAULT, Resumption.FULL);
        SSLEngine client = null;
        SSLEngine server = null;
        try {
            client = proven.newClient();
            server = proven.newServer();
            proven.checkedHandshake(client, server);
            return new RecordPath(proven, client, server, appData, buffers);
        } catch (SSLException e) {
            failed(proven, client, server);
            throw new IllegalStateException("record round trip failed", e);
        } catch (RuntimeException e) {
            failed(proven, client, server);
            throw e;
        }
    }

    /** Releases what a path that could not be opened holds: its engines, then its contexts. */
    private static void failed(ProvenEndpoints proven, SSLEngine client, SSLEngine server) {
        try {
            proven.releaseFailed(client, server);
        } finally {
            proven.close();
        }
    }

    /** @return the records one write made */
    private int proveRoundTrip() throws SSLException {
        int records = write();
        ByteBuffer sent = plaintext.duplicate().rewind();
        ByteBuffer got = received.duplicate().flip();
        if (!got.equals(sent)) {
            throw new IllegalStateException("the server unwrapped " + got.remaining() + " bytes that are not the "
                    + sent.remaining() + " bytes the client wrapped");
        }
        return records;
    }

    /**
     * How many TLS records this stack makes of one write of {@code appData} bytes, as counted in
     * setup: 1, except where a stack's record holds less (SunJSSE's TLS 1.3 records carry at most
     * 16367 bytes of application data, so a 16384-byte write is two records there).
     */
    public int recordsPerWrite() {
        return recordsPerWrite;
    }

    /**
     * The client writes {@code appData} bytes, the server reads them.
     *
     * @return the records the write took (one wrap each)
     */
    public int write() throws SSLException {
        plaintext.rewind();
        received.clear();
        int records = 0;
        while (plaintext.hasRemaining()) {
            record.clear();
            SSLEngineResult wrapped = client.wrap(plaintext, record);
            if (wrapped.bytesConsumed() == 0) {
                throw new SSLException("wrap consumed nothing: " + wrapped);
            }
            records++;
            record.flip();
            SSLEngineResult unwrapped = server.unwrap(record, received);
            if (unwrapped.getStatus() != SSLEngineResult.Status.OK) {
                throw new SSLException("unwrap returned " + unwrapped.getStatus() + " for a record of " + wrapped.bytesProduced() + " bytes");
            }
            if (wrapped.getHandshakeStatus() != HandshakeStatus.NOT_HANDSHAKING
                    || unwrapped.getHandshakeStatus() != HandshakeStatus.NOT_HANDSHAKING || record.hasRemaining()) {
                settle(); // rare: a KeyUpdate at the AEAD's key limit, or a late ticket
            }
        }
        return records;
    }

    /** Lets the engines finish post-handshake messages, keeping what the server already received. */
    private void settle() throws SSLException {
        while (record.hasRemaining()) {
            if (server.unwrap(record, received).bytesConsumed() == 0) {
                break;
            }
        }
        proven.settle(client, server);
    }

    /** Closes the connection as a peer does, then releases the JVM settings. */
    @Override
    public void close() {
        try {
            proven.closeConnection(client, server);
        } catch (SSLException e) {
            throw new IllegalStateException("closing the record path's connection failed", e);
        } finally {
            proven.close();
        }
    }
}
