package dev.tlsbench.handshake;

import dev.tlsbench.bench.ProviderBench;
import java.security.GeneralSecurityException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The public-key crypto one side performs in one full handshake (see {@link HandshakeWorkload}
 * for exactly what each side does), as primitives or as in a handshake (decoding what the peer
 * sent, initialising per handshake, and for the client the CA's signature over the leaf
 * certificate). Score: handshakes/s of crypto for that side.
 */
public class HandshakeCostBench extends ProviderBench {

    @Param
    public HandshakeCrypto handshake;

    @Param
    public Side side;

    @Param
    public Composition composition;

    private HandshakeWorkload workload;

    @Setup
    public void setup() throws GeneralSecurityException {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    HandshakeWorkload prepare() throws GeneralSecurityException {
        return HandshakeWorkload.prepare(provider, handshake, side, composition);
    }

    @Benchmark
    public void oneHandshake(Blackhole sink) throws GeneralSecurityException {
        workload.oneHandshake(sink::consume);
    }
}
