package dev.tlsbench.handshake;

import dev.tlsbench.bench.ProviderBench;
import java.security.GeneralSecurityException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The public-key crypto one side performs in one full handshake (see {@link HandshakeWorkload}
 * for exactly what each side does). Score: handshakes/s of crypto for that side.
 */
public class HandshakeCostBench extends ProviderBench {

    @Param
    public HandshakeCrypto handshake;

    @Param
    public Side side;

    private HandshakeWorkload workload;

    @Setup
    public void setup() throws GeneralSecurityException {
        workload = HandshakeWorkload.prepare(provider, handshake, side);
    }

    @Benchmark
    public int oneHandshake() throws GeneralSecurityException {
        return workload.oneHandshake();
    }
}
