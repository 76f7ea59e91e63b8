package dev.tlsbench.tls;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;

/** MixedStackHandshakeBench as the suite knows it: connections between a client and a server of different stacks. */
public final class MixedStackHandshakeFamily {

    public static final Family<StackPair, HandshakeConfig> FAMILY = Family.of("sslengine-mixed",
                    "SSLEngine connections between stacks", MixedStackHandshakeBench.class, "pair", StackPair.class,
                    "config", HandshakeConfig.class)
            .probe((pair, config) -> HandshakeProof.of(pair.peers(), config))
            .cellProbe((pair, config, cell) -> ProvenEndpoints.probe(pair.peers(), config, ServerKeyManager.DEFAULT,
                    Resumption.FULL))
            // SunJSSE against Conscrypt both ways, and the TLS 1.3 ChaCha20 a Conscrypt server only picks for such a client
            .quick(CellSet.all().where("pair", StackPair.SUNJSSE_TO_CONSCRYPT, StackPair.CONSCRYPT_TO_SUNJSSE)
                    .where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256))
            .quickTiming(Timing.of(1, 2, 500, 4, 500), Timing.of(1, 6, 1000, 4, 1000))
            .chart(ChartSpec.bars("config", "configuration", "SSLEngine connections between stacks", "connections/s", false))
            .build();

    private MixedStackHandshakeFamily() {
    }
}
