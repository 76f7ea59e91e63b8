package dev.tlsbench.kex;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.openssl.SpeedOperation;
import dev.tlsbench.provider.JcaProvider;

/** KeyExchangeBench as the suite knows it: (EC)DHE key generation and agreement per provider. */
public final class KeyExchangeFamily {

    public static final Family FAMILY = Family.of("kex", "Key exchange ((EC)DHE)",
                    KeyExchangeBench.class, "provider", JcaProvider.class, "kex", KeyExchange.class)
            .setup(KeyExchangeBench::prepare)
            .vectors(KeyAgreementVectors.all())
            // one side of an exchange, for the groups TLS negotiates most (FFDHE is in thorough and full)
            .broad(CellSet.of("keyGenAndAgree").where("kex", KeyExchange.X25519, KeyExchange.P256))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("kex", KeyExchange.FFDHE2048, KeyExchange.FFDHE3072, KeyExchange.P384, KeyExchange.P521, KeyExchange.X448)
            // No committed warmup curve; kept: (EC)DH is at its plateau within 2 s (the calibration's kex cells
            // were within 10% of full). Native owners 1 s. What varies here is the host between forks (issue
            // 19), which the second fork shows.
            .quickTiming(Timing.quickNative(1), Timing.quickJit(2))
            // native reference: openssl speed's ECDH derive is the agreement alone (keyGen and keyGenAndAgree
            // include a key generation it does not time)
            .nativeMatches(kex -> kex.nativeSpeed().stream()
                    .map(a -> SpeedMatch.of("agree", a.speedName(), SpeedOperation.DERIVE.label()).at("kex", kex)).toList())
            .chart(ChartSpec.bars("kex", "group", "Key exchange", "operations/s", true))
            .build();

    private KeyExchangeFamily() {
    }
}
