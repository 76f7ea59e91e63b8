package dev.tlsbench.kdf;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.JcaProvider;

/** KeyScheduleBench as the suite knows it: the TLS 1.3 key schedule per provider's HKDF. */
public final class KeyScheduleFamily {

    public static final Family<JcaProvider, Kdf> FAMILY = Family.of("kdf", "TLS 1.3 key schedule",
                    KeyScheduleBench.class, "provider", JcaProvider.class, "kdf", Kdf.class)
            .probe(KeyScheduleWorkload::new)
            .vectors(HkdfVectors.all())
            .quick(CellSet.all())
            .quickTiming(Timing.of(1, 2, 500, 4, 500), Timing.of(1, 4, 1000, 4, 1000))
            .chart(ChartSpec.bars("kdf", "KDF", "TLS 1.3 key schedule", "key schedules/s", true))
            .build();

    private KeyScheduleFamily() {
    }
}
