package dev.tlsbench.capability;

import dev.tlsbench.kdf.Kdf;
import dev.tlsbench.kdf.KeyScheduleWorkload;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kem.KemWorkload;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.kex.KeyExchangeWorkload;

/** The capability families of KeyExchangeBench, KemBench and KeyScheduleBench: probed by their setups. */
public final class HandshakeKeyExchangeFamilies {

    private HandshakeKeyExchangeFamilies() {
    }

    public static final CapabilityFamily<?, ?> KEX =
            new ProviderAlgorithmFamily<>("handshake-kex", "kex", KeyExchange.class, KeyExchangeWorkload::new);

    public static final CapabilityFamily<?, ?> KEM =
            new ProviderAlgorithmFamily<>("handshake-kem", "kem", Kem.class, KemWorkload::new);

    public static final CapabilityFamily<?, ?> KDF =
            new ProviderAlgorithmFamily<>("handshake-kdf", "kdf", Kdf.class, KeyScheduleWorkload::new);
}
