package dev.tlsbench.kem;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.provider.JcaProvider;

/** KemBench as the suite knows it: ML-KEM and the X25519MLKEM768 hybrid per provider. */
public final class KemFamily {

    public static final Family FAMILY = Family.of("kem", "Post-quantum key encapsulation",
                    KemBench.class, "provider", JcaProvider.class, "kem", Kem.class)
            .setup(KemBench::prepare)
            .vectors(MlKemVectors.all())
            .broad(CellSet.of("encapsulate", "decapsulate").where("kem", Kem.X25519_MLKEM768))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("kem", Kem.ML_KEM_768)
            // No committed warmup curve; kept from the descriptor's own measurement: ML-KEM reaches its plateau
            // after 3.5 s (BC) to 6 s (JDK 25), so 5 s plus five samples; native owners 1 s
            .quickTiming(Timing.quickNative(1), Timing.quickJit(5))
            .chart(ChartSpec.bars("kem", "KEM", "Key encapsulation", "operations/s", true))
            .build();

    private KemFamily() {
    }
}
