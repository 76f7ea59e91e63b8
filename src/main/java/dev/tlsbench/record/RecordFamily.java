package dev.tlsbench.record;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.openssl.SpeedOperation;
import dev.tlsbench.provider.JcaProvider;
import java.util.List;

/** AeadRecordBench as the suite knows it: the record layer's AEADs per provider. */
public final class RecordFamily {

    public static final Family FAMILY = Family.of("record", "TLS record protection",
                    AeadRecordBench.class, "provider", JcaProvider.class, "aead", Aead.class)
            .setup(AeadRecordBench::prepare)
            .vectors(AeadVectorSuite.all())
            // AES-GCM vs ChaCha20-Poly1305 at a packet-sized and a full-sized record
            .broad(CellSet.of("seal", "open").where("aead", Aead.AES_128_GCM, Aead.CHACHA20_POLY1305)
                    .where("size", 1350, 16384).where("buffer", BufferKind.BYTE_ARRAY))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("aead", Aead.AES_256_GCM)
            .notInBroad("buffer", BufferKind.HEAP, BufferKind.DIRECT)
            // Warmup from the curves (results/20261130-0402_vm_jdk17-jdk25, seal 16 KiB, 1 s means / plateau):
            // JIT owners (SunJCE, BC) reach their plateau by 3 s on JDK 17 and 25, so 4 s. Native owners: ChaCha20
            // is flat from 1 s; Conscrypt/ACCP AES-GCM on JDK 17 sit at 0.95-0.97 from 1 s to 7 s, then 1.00
            // (flat on JDK 25): 3 s, as 4 more seconds per fork would buy those cells 3-5%.
            .quickTiming(Timing.quickNative(3), Timing.quickJit(4))
            .warmupCurve(CellSet.of("seal").where("aead", Aead.AES_128_GCM, Aead.CHACHA20_POLY1305)
                    .where("size", 16384).where("buffer", BufferKind.BYTE_ARRAY))
            // headline: AES-GCM vs ChaCha20-Poly1305 sealing a packet-sized and a full-sized record
            .headlineRow(seal(Aead.AES_128_GCM, 1350))
            .headlineRow(seal(Aead.AES_128_GCM, 16384))
            .headlineRow(seal(Aead.CHACHA20_POLY1305, 1350))
            .headlineRow(seal(Aead.CHACHA20_POLY1305, 16384))
            // native reference: openssl speed's record sealing and opening of the same AEAD at the cell's size
            .nativeMatches(aead -> List.of(
                    SpeedMatch.of("seal", aead.nativeSpeed().speedName(), SpeedOperation.SEAL.label()).at("aead", aead).sizedBy("size"),
                    SpeedMatch.of("open", aead.nativeSpeed().speedName(), SpeedOperation.OPEN.label()).at("aead", aead).sizedBy("size")))
            .chart(ChartSpec.lines("size", "record size (bytes of plaintext)", "TLS record sealing and opening", "MB/s", false)
                    .bytesPerOp("size"))
            .build();

    private static Headline seal(Aead aead, int size) {
        return Headline.of(Headline.Unit.RECORD, "seal").at("aead", aead).at("size", size).at("buffer", BufferKind.BYTE_ARRAY).inWinners();
    }

    private RecordFamily() {
    }
}
