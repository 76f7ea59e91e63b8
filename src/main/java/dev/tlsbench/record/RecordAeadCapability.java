package dev.tlsbench.record;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.Support;
import dev.tlsbench.provider.JcaProvider;
import java.util.List;

/** "record-aead": which provider can seal and open records with which AEAD, found by running the setup proof. */
public final class RecordAeadCapability implements CapabilityFamily<JcaProvider, Aead> {

    /** Small enough to probe quickly, big enough to span several blocks and a partial one. */
    private static final int PROBE_SIZE = 100;

    @Override
    public String family() {
        return "record-aead";
    }

    @Override
    public String ownerParam() {
        return "provider";
    }

    @Override
    public String algorithmParam() {
        return "aead";
    }

    @Override
    public List<JcaProvider> owners() {
        return List.of(JcaProvider.values());
    }

    @Override
    public List<Aead> algorithms() {
        return List.of(Aead.values());
    }

    @Override
    public Support probe(JcaProvider provider, Aead aead) {
        return Support.probe(() -> RecordProof.provenRing(provider, aead, BufferKind.BYTE_ARRAY, PROBE_SIZE));
    }
}
