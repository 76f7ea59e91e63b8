package dev.tlsbench.tls;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.TlsStack;

/** SslEngineHandshakeBench as the suite knows it: real connections per TLS stack and configuration. */
public final class SslEngineHandshakeFamily {

    public static final Family FAMILY = Family.of("sslengine-handshake",
                    "SSLEngine handshakes", SslEngineHandshakeBench.class, "stack", TlsStack.class, "config", HandshakeConfig.class)
            // the setup: the proof (a full handshake that negotiates exactly the configuration,
            // attributed), its resumption, the contexts with the key manager, checked handshakes
            .setup(SslEngineHandshakeBench::openFixture)
            // whether a stack can do a configuration; resumption and key managers are the cells' own
            .probePairsAt(CellSet.all().where("resumption", Resumption.FULL).where("keyManager", ServerKeyManager.DEFAULT))
            // full connections: the defaults (TLS 1.3 as each stack ships it) and RSA key transport
            // vs ECDHE in TLS 1.2 with one RSA certificate; and the defaults resumed (TLS 1.3
            // psk_dhe_ke); keys in memory, as a server holds them
            .broad(CellSet.all().where("config", HandshakeConfig.DEFAULTS_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256,
                            HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048, HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048)
                            .where("resumption", Resumption.FULL).where("keyManager", ServerKeyManager.DEFAULT),
                    CellSet.all().where("config", HandshakeConfig.DEFAULTS_ECDSA_P256)
                            .where("resumption", Resumption.RESUMED).where("keyManager", ServerKeyManager.DEFAULT))
            // the broad profile's list leaves these to the full profile
            .notInBroad("config", HandshakeConfig.DEFAULTS_RSA_2048, HandshakeConfig.TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256, HandshakeConfig.TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_P256_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256_WITH_HRR, HandshakeConfig.TLS13_AES_128_GCM_X25519_RSA_2048, HandshakeConfig.TLS13_AES_128_GCM_X25519_ED25519, HandshakeConfig.TLS13_CHACHA20_X25519_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256, HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256_WITH_HRR)
            .notInBroad("keyManager", ServerKeyManager.PKIX_KEY_STORE)
            // Warmup from the curves (results/20261130-0402_vm_jdk17-jdk25, full handshakes): SunJSSE(+ACCP) and
            // BCJSSE are at 0.92-0.97 of their plateau at 7-8 s and reach it at 9-10 s on JDK 17 and 25: 10 s.
            // Conscrypt climbs as long (0.84-0.93 at 3-6 s, GC dips at 7-9 s, plateau at 10 s): 10 s, not 3;
            // samples of 1 s (GC cycles, see quickNative). Those curves ran without a pre-touched heap, whose
            // page faults slowed allocating cells for the ~15 s after G1 grew its eden (BenchBase); and a
            // quick fork now finds where it settled in its samples and a cell whose fork did not gets longer
            // forks: 9 s, which keeps the default profile within its 15 minutes with the pre-touch's cost.
            .quickTiming(Timing.quickNative(9, 1000), Timing.quickJit(9))
            // thread scaling: two threads, each with its own contexts and engines
            .fullExtra(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("resumption", Resumption.FULL).where("keyManager", ServerKeyManager.DEFAULT).threads(2))
            .warmupCurve(CellSet.all().where("config", HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256)
                    .where("resumption", Resumption.FULL).where("keyManager", ServerKeyManager.DEFAULT))
            // headline: the stacks' defaults (what users run; each stack negotiates its own suite, group and
            // key shares), then beside it the same work on every stack (TLS 1.3, AES-128-GCM, x25519, the
            // defaults' ECDSA P-256 certificate; SunJSSE on JDK 17 also sends a P-256 share, labelled),
            // then RSA key transport vs ECDHE pinned; resumption is the broad profile's
            .headlineRow(connection(HandshakeConfig.DEFAULTS_ECDSA_P256, Resumption.FULL).inWinners())
            .headlineRow(connection(HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, Resumption.FULL).inWinners())
            .headlineRow(connection(HandshakeConfig.DEFAULTS_ECDSA_P256, Resumption.RESUMED).broadOnly())
            .headlineRow(connection(HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048, Resumption.FULL).inWinners())
            .headlineRow(connection(HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048, Resumption.FULL).inWinners())
            .chart(ChartSpec.bars("config", "configuration", "SSLEngine connections, client + server on one thread", "connections/s", false))
            .build();

    /** A connection with the server's key held as a default server holds it (in memory). */
    private static Headline connection(HandshakeConfig config, Resumption resumption) {
        return Headline.of(Headline.Unit.PER_SECOND, "handshake").at("config", config).at("resumption", resumption)
                .at("keyManager", ServerKeyManager.DEFAULT);
    }

    private SslEngineHandshakeFamily() {
    }
}
