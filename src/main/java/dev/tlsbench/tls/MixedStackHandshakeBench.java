package dev.tlsbench.tls;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.StackPair;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The connections of {@link SslEngineHandshakeBench} between a client of one stack and a server of
 * another: interoperability, the client's and the server's share of the cost (compare with both
 * stacks against themselves), and what one stack cannot pin alone (a Conscrypt server negotiates
 * TLS 1.3 ChaCha20 with a client that offers only ChaCha20). Full handshakes only (resumption is
 * measured per stack), the server holding its key as its stack does by default.
 */
public class MixedStackHandshakeBench extends ConnectionBench {

    @Param
    public StackPair pair;

    @Param
    public HandshakeConfig config;

    @Override
    protected HandshakeFixture openFixture() {
        return HandshakeFixture.open(pair.peers(), config, Resumption.FULL, ServerKeyManager.DEFAULT);
    }

    @Benchmark
    public SSLEngine handshake(SideCounters sides) throws SSLException {
        return fixture.connect(sides.times());
    }
}
