package dev.tlsbench.tls;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.TlsStack;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What closing a connection costs, the part of SslEngineHandshakeBench's op after the handshake:
 * the server's closeOutbound and close_notify (with Conscrypt's pending TLS 1.3 tickets), the
 * client reading it and answering with its own, both closeInbound. Score = closes/s. Each
 * invocation gets a freshly handshaken connection from an invocation-level setup, which JMH keeps
 * out of the measured time (closes take microseconds, so the per-invocation timestamps matter
 * little).
 */
public class ConnectionCloseBench extends ConnectionBench {

    @Param
    public TlsStack stack;

    @Param
    public HandshakeConfig config;

    private SSLEngine[] connection;

    @Override
    protected HandshakeFixture openFixture() {
        return HandshakeFixture.open(Peers.same(stack), config, Resumption.FULL, ServerKeyManager.DEFAULT);
    }

    @Setup(Level.Invocation)
    public void handshake() throws SSLException {
        connection = fixture.handshaken();
    }

    @Benchmark
    public SSLEngine close() throws SSLException {
        return fixture.close(connection);
    }
}
