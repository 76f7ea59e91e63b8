package dev.tlsbench.auth;

import dev.tlsbench.bench.ProviderBench;
import java.security.GeneralSecurityException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Handshake signatures over a TLS 1.3 CertificateVerify content (130 bytes): {@code sign} is the
 * server's operation, {@code verify} the client's. Score: operations/s.
 */
public class SignatureBench extends ProviderBench {

    @Param
    public SignatureScheme scheme;

    private SignatureWorkload workload;

    @Setup
    public void setup() throws GeneralSecurityException {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    SignatureWorkload prepare() throws GeneralSecurityException {
        return SignatureWorkload.prepare(provider, scheme);
    }

    @Benchmark
    public int sign() throws GeneralSecurityException {
        return workload.signNext();
    }

    @Benchmark
    public boolean verify() throws GeneralSecurityException {
        return workload.verifyNext();
    }
}
