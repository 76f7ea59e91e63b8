package dev.tlsbench.kex;

import dev.tlsbench.bench.ProviderBench;
import java.security.KeyPair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * (EC)DHE of a TLS handshake per provider: ephemeral key generation, agreement with a peer's public
 * value (KeyAgreement init + doPhase + generateSecret, re-initialised every time), and both as one
 * side of an exchange. Score = operations/s. Setup proves both sides agree (see KeyExchangeWorkload).
 */
public class KeyExchangeBench extends ProviderBench {

    @Param
    public KeyExchange kex;

    private KeyExchangeWorkload workload;

    @Setup
    public void setup() {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    KeyExchangeWorkload prepare() {
        return new KeyExchangeWorkload(provider, kex);
    }

    @Benchmark
    public KeyPair keyGen() {
        return workload.keyGen();
    }

    @Benchmark
    public byte[] agree() {
        return workload.agree();
    }

    @Benchmark
    public byte[] keyGenAndAgree() {
        return workload.keyGenAndAgree();
    }
}
