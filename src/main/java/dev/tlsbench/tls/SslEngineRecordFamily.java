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
            // a full-size TLS 1.3 write per stack (the AEADs themselves are the record family's)
            .quick(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            // JIT-bound owners: the record path is at its plateau after 2 s
            .quickTiming(Timing.quickNative(3), Timing.quickJit(3))
            .warmupCurve(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            .chart(ChartSpec.bars("config", "configuration", "SSLEngine record path", "MB/s of application data", false).bytesPerOp("appData"))
            .build();

    private SslEngineRecordFamily() {
    }
}
