package dev.tlsbench.tls;

import dev.tlsbench.bench.Payloads;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * One thread's record-path state: a client and a server engine that completed a proven handshake,
 * and preallocated buffers. {@link #wrapUnwrap()} has the client wrap application data into a
 * record and the server unwrap it: the AEAD plus each stack's record framing, sequence numbers and
 * buffer handling, which is what the stack adds over the raw AEAD numbers of AeadRecordBench.
 * The engines count the sequence number (the nonce) forward, so no (key, nonce) pair repeats.
 */
public final class RecordPath implements AutoCloseable {

    private final GlobalSwitch.Lease lease;
    private final SSLEngine client;
    private final SSLEngine server;
    private final EnginePump pump;
    private final ByteBuffer plaintext;
    private final ByteBuffer record;
    private final ByteBuffer received;

    private RecordPath(GlobalSwitch.Lease lease, SSLEngine client, SSLEngine server, EnginePump pump, int appData) {
        this.lease = lease;
        this.client = client;
        this.server = server;
        this.pump = pump;
        this.plaintext = ByteBuffer.wrap(Payloads.bytes(appData, appData));
        this.record = ByteBuffer.allocate(client.getSession().getPacketBufferSize());
        this.received = ByteBuffer.allocate(server.getSession().getApplicationBufferSize());
    }

    /**
     * Proves the configuration (as {@link HandshakeFixture} does), runs one full handshake, then
     * proves the path: the {@code appData} bytes arrive intact.
     */
    public static RecordPath open(TlsStack stack, HandshakeConfig config, int appData) {
        GlobalSwitch.Lease lease = stack.driver().prepareJvm(config);
        try {
            HandshakeProof.of(stack, config);
            TlsEndpoints endpoints = TlsEndpoints.make(stack, config, p -> p);
            EnginePump pump = new EnginePump();
            SSLEngine client = endpoints.newClient(Resumption.FULL);
            SSLEngine server = endpoints.newServer();
            HandshakeCheck.handshake(pump, client, server, stack.driver(), config, false);
            RecordPath path = new RecordPath(lease, client, server, pump, appData);
            path.proveRoundTrip();
            return path;
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    private void proveRoundTrip() {
        try {
            int received = wrapUnwrap();
            byte[] got = Arrays.copyOf(this.received.array(), received);
            if (!Arrays.equals(got, plaintext.array())) {
                throw new IllegalStateException("the server unwrapped " + received + " bytes that are not the "
                        + plaintext.capacity() + " bytes the client wrapped");
            }
        } catch (SSLException e) {
            throw new IllegalStateException("record round trip failed", e);
        }
    }

    /**
     * The client writes {@code appData} bytes, the server reads them. One record each time, except
     * where a stack's record holds less: SunJSSE's TLS 1.3 records carry at most 16367 bytes of
     * application data, so a 16384-byte write is two records there.
     *
     * @return the plaintext bytes the server got
     */
    public int wrapUnwrap() throws SSLException {
        plaintext.rewind();
        received.clear();
        while (plaintext.hasRemaining()) {
            record.clear();
            SSLEngineResult wrapped = client.wrap(plaintext, record);
            if (wrapped.bytesConsumed() == 0) {
                throw new SSLException("wrap consumed nothing: " + wrapped);
            }
            record.flip();
            SSLEngineResult unwrapped = server.unwrap(record, received);
            if (wrapped.getHandshakeStatus() != HandshakeStatus.NOT_HANDSHAKING
                    || unwrapped.getHandshakeStatus() != HandshakeStatus.NOT_HANDSHAKING || record.hasRemaining()) {
                settle(); // rare: a KeyUpdate at the AEAD's key limit, or a late ticket
            }
        }
        return received.position();
    }

    /** Lets the engines finish post-handshake messages, keeping what the server already received. */
    private void settle() throws SSLException {
        while (record.hasRemaining()) {
            if (server.unwrap(record, received).bytesConsumed() == 0) {
                break;
            }
        }
        pump.settle(client, server);
    }

    @Override
    public void close() {
        lease.close();
    }
}
