package dev.tlsbench.tls;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.stack.TlsStack;

/** SslEngineRecordBench as the suite knows it: application writes through wrap and unwrap per stack. */
public final class SslEngineRecordFamily {

    public static final Family FAMILY = Family.of("sslengine-record",
                    "SSLEngine record path", SslEngineRecordBench.class, "stack", TlsStack.class, "config", HandshakeConfig.class)
            .setup(SslEngineRecordBench::openPath)
            // whether a stack can do a configuration; write sizes and buffer kinds are the cells' own
            // (each pair's probe is a connection and a round trip: one per pair keeps the matrix short)
            .probePairsAt(CellSet.all().where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            // a full-size TLS 1.3 write per stack (the AEADs themselves are the record family's)
            .quick(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            // No committed curve for the engine's record path (the warmup profile's cells for it were not in the
            // committed run); the AEAD below it reaches its plateau by 3 s (record family's curves): 3 s
            .quickTiming(Timing.quickNative(3), Timing.quickJit(3))
            .warmupCurve(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            .chart(ChartSpec.bars("config", "configuration", "SSLEngine record path", "MB/s of application data", false).bytesPerOp("appData"))
            .build();

    private SslEngineRecordFamily() {
    }
}
