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
            .broad(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("appData", 16384).where("buffers", EngineBuffers.HEAP))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("config", HandshakeConfig.DEFAULTS_RSA_2048, HandshakeConfig.DEFAULTS_ECDSA_P256, HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048, HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048, HandshakeConfig.TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256, HandshakeConfig.TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR, HandshakeConfig.TLS13_AES_128_GCM_X25519_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_X25519_ED25519, HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256_WITH_HRR)
            .notInBroad("buffers", EngineBuffers.DIRECT)
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
