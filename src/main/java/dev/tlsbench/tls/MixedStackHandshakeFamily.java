package dev.tlsbench.tls;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.stack.StackPair;

/** MixedStackHandshakeBench as the suite knows it: connections between a client and a server of different stacks. */
public final class MixedStackHandshakeFamily {

    public static final Family FAMILY = Family.of("sslengine-mixed",
                    "SSLEngine connections between stacks", MixedStackHandshakeBench.class, "pair", StackPair.class,
                    "config", HandshakeConfig.class)
            .setup(MixedStackHandshakeBench::openFixture)
            // a SunJSSE client against a Conscrypt server, with AES-GCM and with the TLS 1.3 ChaCha20
            // a Conscrypt server only picks for a client that offers nothing else
            .broad(CellSet.all().where("pair", StackPair.SUNJSSE_TO_CONSCRYPT)
                    .where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("pair", StackPair.SUNJSSE_TO_BCJSSE_BC, StackPair.SUNJSSE_ACCP_TO_BCJSSE_BC, StackPair.SUNJSSE_ACCP_TO_CONSCRYPT, StackPair.BCJSSE_BC_TO_SUNJSSE, StackPair.BCJSSE_BC_TO_SUNJSSE_ACCP, StackPair.BCJSSE_BC_TO_CONSCRYPT, StackPair.CONSCRYPT_TO_SUNJSSE, StackPair.CONSCRYPT_TO_SUNJSSE_ACCP, StackPair.CONSCRYPT_TO_BCJSSE_BC)
            .notInBroad("config", HandshakeConfig.DEFAULTS_RSA_2048, HandshakeConfig.DEFAULTS_ECDSA_P256, HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048, HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048, HandshakeConfig.TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256, HandshakeConfig.TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR, HandshakeConfig.TLS13_AES_128_GCM_X25519_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_X25519_ED25519, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256_WITH_HRR)
            // Handshakes: by the SSLEngine handshake curves (results/20261130-0402_vm_jdk17-jdk25) a SunJSSE or
            // BCJSSE end, and a Conscrypt one, reach their plateau at 9-10 s: 10 s for both classes
            .quickTiming(Timing.quickNative(10), Timing.quickJit(10))
            .chart(ChartSpec.bars("config", "configuration", "SSLEngine connections between stacks, client + server on one thread",
                    "connections/s", false))
            .build();

    private MixedStackHandshakeFamily() {
    }
}
