package dev.tlsbench.auth;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.openssl.SpeedOperation;
import dev.tlsbench.provider.JcaProvider;
import java.util.stream.Stream;

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
            // native reference: decrypting is RSA's private-key operation (openssl speed's sign), encrypting
            // its public-key operation (verify)
            .nativeMatches(rsa -> rsa.nativeSpeed().stream().flatMap(a -> Stream.of(
                    SpeedMatch.of("decrypt", a.speedName(), SpeedOperation.SIGN.label()).at("rsa", rsa),
                    SpeedMatch.of("encrypt", a.speedName(), SpeedOperation.VERIFY.label()).at("rsa", rsa))).toList())
            .chart(ChartSpec.bars("rsa", "key and padding", "RSA key transport", "operations/s", true))
            .build();

    private RsaKeyTransportFamily() {
    }
}
