package dev.tlsbench.capability;

import dev.tlsbench.core.auth.AuthCapabilities;
import dev.tlsbench.core.record.RecordAeadCapability;
import java.util.List;

/** Every benchmark family's capability probe: one line per family. */
public final class Capabilities {

    private Capabilities() {
    }

    public static final List<CapabilityFamily<?, ?>> ALL = List.of(
            new RecordAeadCapability(),
            AuthCapabilities.RSA,
            AuthCapabilities.SIGNATURE
    );
}
