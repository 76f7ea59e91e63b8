package dev.tlsbench.kem;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.kex.KeyExchanger;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.verify.Composite;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The post-quantum key encapsulations of a TLS 1.3 handshake: the {@code kem} axis. A constant is
 * an ML-KEM parameter set, alone or as a hybrid with an (EC)DH group, whose shared secret is the
 * two secrets concatenated in the order its specification gives (draft-ietf-tls-ecdhe-mlkem:
 * X25519MLKEM768 puts ML-KEM first, SecP256r1MLKEM768 and SecP384r1MLKEM1024 put ECDH first).
 * Adding one is adding a constant.
 */
public enum Kem implements Composite, Labeled, Accelerated {

    /** FIPS 203 ML-KEM-768 on its own (the TLS group MLKEM768 of draft-ietf-tls-mlkem). */
    ML_KEM_768("ML-KEM-768", MlKemParameterSet.ML_KEM_768, null, null),

    /** The hybrid group X25519MLKEM768 (0x11EC) browsers use. */
    X25519_MLKEM768("X25519MLKEM768", MlKemParameterSet.ML_KEM_768, KeyExchange.X25519, SecretOrder.ML_KEM_FIRST);

    /** Which secret comes first in a hybrid's shared secret. */
    public enum SecretOrder { ML_KEM_FIRST, ECDH_FIRST }

    private final String label;
    private final MlKemParameterSet parameters;
    private final KeyExchange ecdh;
    private final SecretOrder order;

    Kem(String label, MlKemParameterSet parameters, KeyExchange ecdh, SecretOrder order) {
        this.label = label;
        this.parameters = parameters;
        this.ecdh = ecdh;
        this.order = order;
    }

    @Override
    public String label() {
        return label;
    }

    public MlKemParameterSet parameters() {
        return parameters;
    }

    /** The (EC)DH group of a hybrid, or null. */
    public KeyExchange ecdh() {
        return ecdh;
    }

    /** A hybrid's secret order, or null for ML-KEM alone. */
    public SecretOrder order() {
        return order;
    }

    /**
     * This KEM on {@code provider}, every primitive from that provider.
     *
     * @throws dev.tlsbench.provider.Unsupported when the provider lacks a primitive it needs
     */
    public KemEngine engine(ProviderSet provider) {
        MlKem mlKem = new MlKem(provider, parameters);
        return ecdh == null ? mlKem : new HybridKem(mlKem, new KeyExchanger(provider, ecdh), order);
    }

    /** A hybrid is made of its ML-KEM (the constant of that parameter set alone, where there is one) and its group. */
    @Override
    public Set<Enum<?>> parts() {
        Set<Enum<?>> parts = new LinkedHashSet<>();
        if (ecdh != null) {
            Arrays.stream(values()).filter(k -> k.ecdh == null && k.parameters == parameters).forEach(parts::add);
            parts.add(ecdh);
        }
        return parts;
    }

    /** ML-KEM alone; a hybrid, what its ML-KEM and its group depend on. */
    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case ML_KEM_768 -> EnumSet.of(Acceleration.ML_KEM);
            case X25519_MLKEM768 -> Accelerated.ofParts(this);
        };
    }
}
