package dev.tlsbench.auth;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.JcaProvider;

/** RsaKeyTransportBench as the suite knows it: TLS 1.2 RSA key transport per provider. */
public final class RsaKeyTransportFamily {

    public static final Family FAMILY = Family.of("rsa", "RSA key transport",
                    RsaKeyTransportBench.class, "provider", JcaProvider.class, "rsa", RsaKeyTransport.class)
            .setup(RsaKeyTransportBench::prepare)
            .vectors(RsaDecryptionVectors.all())
            .broad(CellSet.of("encrypt", "decrypt").where("rsa", RsaKeyTransport.PKCS1_2048))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("rsa", RsaKeyTransport.PKCS1_3072, RsaKeyTransport.PKCS1_4096, RsaKeyTransport.OAEP_SHA256_2048)
            // No committed warmup curve; kept: RSA encrypt climbs for 4-5 s (C2 compiling the public-exponent
            // path), so 5 s; native owners 1 s
            .quickTiming(Timing.quickNative(1), Timing.quickJit(5))
            .chart(ChartSpec.bars("rsa", "key and padding", "RSA key transport", "operations/s", true))
            .build();

    private RsaKeyTransportFamily() {
    }
}
