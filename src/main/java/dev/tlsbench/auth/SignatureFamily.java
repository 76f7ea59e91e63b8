package dev.tlsbench.auth;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.openssl.SpeedOperation;
import dev.tlsbench.provider.JcaProvider;
import java.util.stream.Stream;

/** SignatureBench as the suite knows it: handshake signatures per provider. */
public final class SignatureFamily {

    public static final Family FAMILY = Family.of("signature", "Handshake signatures",
                    SignatureBench.class, "provider", JcaProvider.class, "scheme", SignatureScheme.class)
            .setup(SignatureBench::prepare)
            .vectors(SignatureVectors.all())
            // the TLS 1.3 signatures of an RSA and an ECDSA certificate
            .broad(CellSet.of("sign", "verify").where("scheme", SignatureScheme.RSA_PSS_SHA256_2048,
                    SignatureScheme.ECDSA_P256_SHA256))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("scheme", SignatureScheme.RSA_PKCS1_SHA256_2048, SignatureScheme.RSA_PKCS1_SHA256_3072, SignatureScheme.RSA_PSS_SHA256_3072, SignatureScheme.ECDSA_P384_SHA384, SignatureScheme.ED25519)
            // No committed warmup curve; kept: RSA verify climbs for 4-5 s (C2 compiling the public-exponent
            // path), so 5 s; native owners 1 s
            .quickTiming(Timing.quickNative(1), Timing.quickJit(5))
            // native reference: openssl speed's sign and verify of the scheme's key, where it measures one
            .nativeMatches(scheme -> scheme.nativeSpeed().stream().flatMap(a -> Stream.of(
                    SpeedMatch.of("sign", a.speedName(), SpeedOperation.SIGN.label()).at("scheme", scheme),
                    SpeedMatch.of("verify", a.speedName(), SpeedOperation.VERIFY.label()).at("scheme", scheme))).toList())
            .chart(ChartSpec.bars("scheme", "signature scheme", "Handshake signatures", "operations/s", true))
            .build();

    private SignatureFamily() {
    }
}
