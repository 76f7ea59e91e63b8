package dev.tlsbench.kdf;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.JcaProvider;

/** KeyScheduleBench as the suite knows it: the TLS 1.3 key schedule per provider's HKDF. */
public final class KeyScheduleFamily {

    public static final Family FAMILY = Family.of("kdf", "TLS 1.3 key schedule",
                    KeyScheduleBench.class, "provider", JcaProvider.class, "kdf", Kdf.class)
            .setup(KeyScheduleBench::prepare)
            .vectors(HkdfVectors.all())
            .broad(CellSet.all())
            // No committed warmup curve: HKDF through javax.crypto.KDF is Java code around HMAC, kept at the
            // record family's 4 s (its JIT owners' plateau by 3 s); native owners 3 s, as the record family
            .quickTiming(Timing.quickNative(3), Timing.quickJit(4))
            .chart(ChartSpec.bars("kdf", "KDF", "TLS 1.3 key schedule", "key schedules/s", true))
            .build();

    private KeyScheduleFamily() {
    }
}
