package dev.tlsbench.handshake;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.openssl.SpeedOperation;
import dev.tlsbench.provider.JcaProvider;
import java.util.stream.Stream;

/**
 * HandshakeCostBench as the suite knows it: one side's public-key crypto per handshake, per provider
 * (as in a handshake, the client's includes the CA's signature over the server's leaf certificate).
 */
public final class HandshakeCostFamily {

    public static final Family FAMILY = Family.of("handshake-cost",
                    "RSA key transport vs ECDHE: the crypto of one handshake",
                    HandshakeCostBench.class, "provider", JcaProvider.class, "handshake", HandshakeCrypto.class)
            .setup(HandshakeCostBench::prepare)
            // a handshake is supported when both of its sides' primitives are (ACCP's Ed25519 is there
            // as a primitive, not as in a handshake: the cells say so)
            .probePairsAt(CellSet.all().where("composition", Composition.PRIMITIVES))
            // RSA key transport vs ECDHE with an RSA and an ECDSA certificate, as one side of a real
            // handshake pays it (peer keys decoded, engines initialised); P-256 for ACCP, which has no X25519
            .broad(CellSet.of("oneHandshake").where("handshake", HandshakeCrypto.TLS12_RSA_RSA2048,
                            HandshakeCrypto.X25519_RSA2048, HandshakeCrypto.X25519_ECDSA_P256)
                            .where("composition", Composition.AS_IN_A_HANDSHAKE),
                    CellSet.of("oneHandshake").where("handshake", HandshakeCrypto.P256_ECDSA_P256)
                            .where("composition", Composition.AS_IN_A_HANDSHAKE).where("provider", JcaProvider.ACCP))
            // the broad profile's chart cells leave these to the full profile
            .notInBroad("handshake", HandshakeCrypto.X25519_ED25519, HandshakeCrypto.P256_RSA2048, HandshakeCrypto.P256_ED25519, HandshakeCrypto.FFDHE2048_RSA2048, HandshakeCrypto.X25519MLKEM768_ECDSA_P256)
            .notInBroad("composition", Composition.PRIMITIVES)
            // No committed warmup curve for this family. JIT owners: docs/handshake-crypto.md found the JDK's EC
            // code still speeding up after 4 x 2 s (a 1 s warmup understates it 2-3x), so 8 s, not 4; BC's RSA
            // client settles after 3 s. Native owners: 3 s, samples of 1 s (GC cycles, see quickNative). With the
            // heap pre-touched (BenchBase) the JDK's and BC's RSA and X25519 cells are flat from about 2 s
            // (issue 19's investigation of their 13-15% drop); a quick fork finds where it settled: 7 s.
            .quickTiming(Timing.quickNative(3, 1000), Timing.quickJit(7))
            .warmupCurve(CellSet.of("oneHandshake").where("handshake", HandshakeCrypto.TLS12_RSA_RSA2048,
                    HandshakeCrypto.X25519_ECDSA_P256, HandshakeCrypto.P256_ECDSA_P256).where("side", Side.SERVER)
                    .where("composition", Composition.AS_IN_A_HANDSHAKE))
            // headline: RSA key transport vs ECDHE with the same RSA-2048 certificate, server / client; the
            // fastest owner of the server's side of each. The default profile asks the server's side (what
            // a server's capacity needs) within its 15 minutes; the client's side and the ECDSA
            // certificates are the broad profile's.
            .headlineRow(side(HandshakeCrypto.TLS12_RSA_RSA2048, Side.SERVER).inWinners(), side(HandshakeCrypto.TLS12_RSA_RSA2048, Side.CLIENT).broadOnly())
            .headlineRow(side(HandshakeCrypto.X25519_RSA2048, Side.SERVER).inWinners(), side(HandshakeCrypto.X25519_RSA2048, Side.CLIENT).broadOnly())
            .headlineRow(side(HandshakeCrypto.X25519_ECDSA_P256, Side.SERVER).inWinners().broadOnly(),
                    side(HandshakeCrypto.X25519_ECDSA_P256, Side.CLIENT).inWinners().broadOnly())
            .headlineRow(side(HandshakeCrypto.P256_ECDSA_P256, Side.SERVER).broadOnly(), side(HandshakeCrypto.P256_ECDSA_P256, Side.CLIENT).broadOnly())
            // native reference, where one openssl speed operation is a side's whole crypto (RSA key transport):
            // the server's private-key operation (sign), the client's public-key one (verify)
            .nativeMatches(handshake -> handshake.nativeSpeed().stream().flatMap(a -> Stream.of(
                    SpeedMatch.of("oneHandshake", a.speedName(), SpeedOperation.SIGN.label()).at("handshake", handshake).at("side", Side.SERVER),
                    SpeedMatch.of("oneHandshake", a.speedName(), SpeedOperation.VERIFY.label()).at("handshake", handshake).at("side", Side.CLIENT)))
                    .toList())
            .chart(ChartSpec.bars("handshake", "key exchange and certificate", "RSA key transport vs ECDHE: crypto of one handshake", "handshakes/s", true))
            .build();

    private static Headline side(HandshakeCrypto handshake, Side side) {
        return Headline.of(Headline.Unit.HANDSHAKE, "oneHandshake").at("handshake", handshake).at("side", side)
                .at("composition", Composition.AS_IN_A_HANDSHAKE);
    }

    private HandshakeCostFamily() {
    }
}
