package dev.tlsbench.tls;

import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.TlsStack;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Complete TLS connections through real SSLEngines in memory, one stack on both ends: score =
 * connections/s on one thread (or per thread with -t N: each thread has its own contexts and
 * engines). One op: a new client and server engine, every flight, every delegated task, TLS 1.3's
 * NewSessionTicket, and the close (close_notify both ways). Setup proves protocol, suite, group,
 * resumption and providers first; every iteration ends with the checks of {@link ConnectionBench}.
 */
public class SslEngineHandshakeBench extends ConnectionBench {

    @Param
    public TlsStack stack;

    @Param
    public HandshakeConfig config;

    @Param
    public Resumption resumption;

    @Param
    public ServerKeyManager keyManager;

    @Override
    protected HandshakeFixture openFixture() {
        return HandshakeFixture.open(Peers.same(stack), config, resumption, keyManager);
    }

    @Benchmark
    public SSLEngine handshake(SideCounters sides) throws SSLException {
        return fixture.connect(sides.times());
    }
}
