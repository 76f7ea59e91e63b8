package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Complete TLS handshakes through real SSLEngines in memory: score = handshakes/s on one thread
 * (or per thread with -t N: each thread has its own contexts and engines). Both sides' work is
 * in one op: a new client and server engine, every flight, every delegated task, and (TLS 1.3)
 * the NewSessionTicket. Setup proves protocol, suite, group, resumption and providers first.
 */
public class SslEngineHandshakeBench extends BenchBase {

    @Param
    public TlsStack stack;

    @Param
    public HandshakeConfig config;

    @Param
    public Resumption resumption;

    private HandshakeFixture fixture;

    @Setup(Level.Trial)
    public void setup() {
        fixture = HandshakeFixture.open(stack, config, resumption);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Benchmark
    public SSLEngine handshake() throws SSLException {
        return fixture.handshake();
    }
}
