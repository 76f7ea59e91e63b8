package dev.tlsbench.report.analysis;

import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question of the headline, answered per owner by one cell: a family, a method and every
 * parameter but the owner, named by string. A run without that family or value answers "not in
 * this run"; nothing else in the report names families or values.
 *
 * @param unit how the answer is said: per handshake (µs, lower is better, and handshakes/s per
 *             core), per second, or record throughput (GB/s and cycles per byte)
 */
public record Question(String text, String family, String method, Map<String, String> params, Unit unit) {

    public enum Unit { HANDSHAKE, PER_SECOND, RECORD }

    /** The handshake-cost rows of the headline: RSA key transport vs ECDHE, one side's crypto. */
    public static final List<String> HANDSHAKES = List.of("TLS12_RSA_RSA2048", "X25519_RSA2048", "X25519_ECDSA_P256", "P256_ECDSA_P256");
    /** The real SSLEngine connections of the headline: the stacks' defaults first, then the pins. */
    public static final List<String[]> ENGINE = List.of(new String[] {"DEFAULTS_ECDSA_P256", "FULL"},
            new String[] {"DEFAULTS_ECDSA_P256", "RESUMED"}, new String[] {"TLS12_RSA_AES_128_GCM_RSA_2048", "FULL"},
            new String[] {"TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048", "FULL"});
    public static final List<String> AEADS = List.of("AES_128_GCM", "CHACHA20_POLY1305");
    public static final List<String> SIZES = List.of("1350", "16384");

    /** One side's crypto as a real handshake pays it (peer keys decoded, engines initialised per handshake). */
    public static Question handshakeCost(String handshake, String side) {
        return new Question(Labels.constant(handshake) + " · " + Labels.constant(side), "handshake-cost", "oneHandshake",
                Map.of("handshake", handshake, "side", side, "composition", "AS_IN_A_HANDSHAKE"), Unit.HANDSHAKE);
    }

    /** A connection with the server's key held as a default server holds it (in memory). */
    public static Question engine(String config, String resumption) {
        return new Question("SSLEngine " + engineLabel(config) + " · " + Labels.constant(resumption),
                "sslengine-handshake", "handshake", Map.of("config", config, "resumption", resumption, "keyManager", "DEFAULT"),
                Unit.PER_SECOND);
    }

    /**
     * A configuration without its record cipher (every pinned headline configuration uses
     * AES-128-GCM); the stack's defaults say so, as HandshakeConfig's label does.
     */
    public static String engineLabel(String config) {
        if (config.startsWith("DEFAULTS_")) {
            return "stack defaults, " + Labels.constant(config.substring("DEFAULTS_".length())) + " cert";
        }
        return Labels.constant(config).replace(" AES-128-GCM", "");
    }

    public static Question record(String method, String aead, String size) {
        return new Question(Labels.constant(aead) + " " + method + " · " + Num.bytes(Double.parseDouble(size)).replaceAll("^(\\d+)$", "$1 B") + " record", "record", method,
                Map.of("aead", aead, "size", size, "buffer", "BYTE_ARRAY"), Unit.RECORD);
    }

    /** The winners table: one question per line of the suite's headline. */
    public static List<Question> winners() {
        List<Question> qs = new ArrayList<>();
        qs.add(handshakeCost("TLS12_RSA_RSA2048", "SERVER"));
        qs.add(handshakeCost("X25519_ECDSA_P256", "SERVER"));
        qs.add(handshakeCost("X25519_ECDSA_P256", "CLIENT"));
        qs.add(engine("DEFAULTS_ECDSA_P256", "FULL"));
        qs.add(engine("TLS12_RSA_AES_128_GCM_RSA_2048", "FULL"));
        qs.add(engine("TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048", "FULL"));
        for (String aead : AEADS) {
            for (String size : SIZES) {
                qs.add(record("seal", aead, size));
            }
        }
        return qs;
    }

    /** The owners of the question's family in this run, in plan order (empty: family not in the run). */
    public List<String> owners(JvmRun run) {
        return run.plan().family(family).map(f -> f.axes().getOrDefault(f.ownerParam(), List.of())).orElse(List.of());
    }

    /** The cell answering this question for {@code owner}, if this run's matrix has it. */
    public Optional<CellOutcome> cell(JvmRun run, String owner) {
        Optional<FamilyPlan> f = run.plan().family(family);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(f.get().ownerParam(), owner);
        return run.find(family, method, p);
    }

    /** The owner whose speed-ups are measured against: the JDK's own provider or stack. */
    Optional<String> jdkOwner(JvmRun run) {
        return run.plan().family(family).flatMap(FamilyPlan::jdkOwner);
    }
}
