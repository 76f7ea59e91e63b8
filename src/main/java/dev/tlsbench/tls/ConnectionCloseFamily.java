package dev.tlsbench.tls;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;

/** ConnectionCloseBench as the suite knows it: the cost of closing a connection per stack and configuration. */
public final class ConnectionCloseFamily {

    public static final Family<TlsStack, HandshakeConfig> FAMILY = Family.of("sslengine-close",
                    "Closing an SSLEngine connection", ConnectionCloseBench.class, "stack", TlsStack.class, "config", HandshakeConfig.class)
            .probe((stack, config) -> ProvenEndpoints.probe(Peers.same(stack), config, ServerKeyManager.DEFAULT, Resumption.FULL))
            .quick(CellSet.all().where("config", HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048,
                    HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256))
            .quickTiming(Timing.of(1, 2, 500, 4, 500), Timing.of(1, 6, 1000, 4, 1000))
            .chart(ChartSpec.bars("config", "configuration", "Closing an SSLEngine connection", "closes/s", true))
            .build();

    private ConnectionCloseFamily() {
    }
}
