package dev.tlsbench.kem;

import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.provider.ProviderSet;

/** The post-quantum key encapsulations of a TLS 1.3 handshake: the {@code kem} axis. */
public enum Kem {

    /** FIPS 203 ML-KEM-768 on its own (the TLS group MLKEM768 of draft-ietf-tls-mlkem). */
    ML_KEM_768 {
        @Override
        public KemEngine engine(ProviderSet provider) {
            return new MlKem(provider, ML_KEM_768_NAME);
        }
    },

    /** The hybrid group X25519MLKEM768 (0x11EC) browsers use: ML-KEM-768 plus X25519, secrets concatenated. */
    X25519_MLKEM768 {
        @Override
        public KemEngine engine(ProviderSet provider) {
            return new HybridKem(provider, ML_KEM_768_NAME, KeyExchange.X25519);
        }
    };

    private static final String ML_KEM_768_NAME = "ML-KEM-768";

    /**
     * This KEM on {@code provider}, every primitive from that provider.
     *
     * @throws dev.tlsbench.provider.Unsupported when the provider lacks a primitive it needs
     */
    public abstract KemEngine engine(ProviderSet provider);
}
