package dev.tlsbench.kem;

import dev.tlsbench.bench.ProviderBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Post-quantum key encapsulation of a TLS 1.3 handshake per provider: the client's key generation,
 * the server's encapsulation, the client's decapsulation. For the hybrid each includes the X25519
 * half (key generation; key generation + agreement; agreement). Score = operations/s. Setup proves
 * decapsulation gives the encapsulated secret (see KemWorkload).
 */
public class KemBench extends ProviderBench {

    @Param
    public Kem kem;

    private KemWorkload workload;

    @Setup
    public void setup() {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    KemWorkload prepare() {
        return new KemWorkload(provider, kem);
    }

    @Benchmark
    public KemKeyPair keyGen() {
        return workload.keyGen();
    }

    @Benchmark
    public Encapsulated encapsulate() {
        return workload.encapsulate();
    }

    @Benchmark
    public byte[] decapsulate() {
        return workload.decapsulate();
    }
}
