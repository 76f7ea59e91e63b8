package dev.tlsbench.auth;

import dev.tlsbench.bench.ProviderBench;
import java.security.GeneralSecurityException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * TLS 1.2 RSA key transport: {@code encrypt} is the client's public-key operation on a 48-byte
 * premaster, {@code decrypt} the server's private-key operation. Score: operations/s.
 */
public class RsaKeyTransportBench extends ProviderBench {

    @Param
    public RsaKeyTransport rsa;

    private RsaKeyTransportWorkload workload;

    @Setup
    public void setup() throws GeneralSecurityException {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    RsaKeyTransportWorkload prepare() throws GeneralSecurityException {
        return RsaKeyTransportWorkload.prepare(provider, rsa);
    }

    @Benchmark
    public int encrypt() throws GeneralSecurityException {
        return workload.encryptNext();
    }

    @Benchmark
    public int decrypt() throws GeneralSecurityException {
        return workload.decryptNext();
    }
}
