package dev.tlsbench.families;

import dev.tlsbench.auth.RsaKeyTransportFamily;
import dev.tlsbench.auth.SignatureFamily;
import dev.tlsbench.bench.Family;
import dev.tlsbench.handshake.HandshakeCostFamily;
import dev.tlsbench.kdf.KeyScheduleFamily;
import dev.tlsbench.kem.KemFamily;
import dev.tlsbench.kex.KeyExchangeFamily;
import dev.tlsbench.record.RecordFamily;
import dev.tlsbench.tls.ConnectionCloseFamily;
import dev.tlsbench.tls.MixedStackHandshakeFamily;
import dev.tlsbench.tls.SslEngineHandshakeFamily;
import dev.tlsbench.tls.SslEngineRecordFamily;
import dev.tlsbench.verify.VectorSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every benchmark family of the suite, in report order: the one list the run plan, the capability
 * matrix, the correctness gate and the report are made from. Adding a family is adding its
 * descriptor here.
 */
public final class Families {

    public static final List<Family> ALL = List.of(
            RecordFamily.FAMILY,
            KeyExchangeFamily.FAMILY,
            KemFamily.FAMILY,
            KeyScheduleFamily.FAMILY,
            RsaKeyTransportFamily.FAMILY,
            SignatureFamily.FAMILY,
            HandshakeCostFamily.FAMILY,
            SslEngineHandshakeFamily.FAMILY,
            MixedStackHandshakeFamily.FAMILY,
            ConnectionCloseFamily.FAMILY,
            SslEngineRecordFamily.FAMILY);

    private Families() {
    }

    /** The family named {@code name}; an unknown name is refused with the valid ones. */
    public static Family named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown family '" + name + "'; valid: " + String.join(", ", names())));
    }

    public static List<String> names() {
        return ALL.stream().map(Family::name).toList();
    }

    /** The family whose benchmark class is {@code className} (fully qualified or simple). */
    public static Optional<Family> ofBenchmark(String className) {
        return ALL.stream().filter(f -> f.benchmark().getName().equals(className)
                || f.benchmark().getSimpleName().equals(className)).findFirst();
    }

    /** Every family's Wycheproof suites, each once. */
    public static List<VectorSuite> vectorSuites() {
        List<VectorSuite> all = new ArrayList<>();
        for (Family f : ALL) {
            f.capabilities().vectors().stream().filter(s -> !all.contains(s)).forEach(all::add);
        }
        return all;
    }
}
