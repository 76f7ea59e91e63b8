package dev.tlsbench.capability;

import dev.tlsbench.auth.AuthCapabilities;
import dev.tlsbench.handshake.HandshakeCostCapability;
import dev.tlsbench.record.RecordAeadCapability;
import dev.tlsbench.tls.SslEngineFamily;
import java.util.List;

/** Every benchmark family's capability probe: one line per family. */
public final class Capabilities {

    private Capabilities() {
    }

    public static final List<CapabilityFamily<?, ?>> ALL = List.of(
            new RecordAeadCapability(),
            HandshakeKeyExchangeFamilies.KEX, HandshakeKeyExchangeFamilies.KEM, HandshakeKeyExchangeFamilies.KDF,
            AuthCapabilities.RSA, AuthCapabilities.SIGNATURE, HandshakeCostCapability.FAMILY,
            new SslEngineFamily()
    );
}
