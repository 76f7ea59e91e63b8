package dev.tlsbench.handshake;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.ProviderAlgorithmFamily;
import dev.tlsbench.provider.JcaProvider;

/** The capability family of HandshakeCostBench: a handshake is supported when both of its sides are. */
public final class HandshakeCostCapability {

    public static final CapabilityFamily<JcaProvider, HandshakeCrypto> FAMILY =
            new ProviderAlgorithmFamily<>("handshake-cost", "handshake", HandshakeCrypto.class, (provider, handshake) -> {
                for (Side side : Side.values()) {
                    HandshakeWorkload.prepare(provider, handshake, side);
                }
            });

    private HandshakeCostCapability() {
    }
}
