package dev.tlsbench.core.auth;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.Support;
import dev.tlsbench.provider.JcaProvider;
import java.util.List;

/**
 * A capability family over the JCA providers whose probe is the benchmark's own setup: a
 * provider x algorithm is supported exactly when setup can prepare and prove it.
 */
record ProviderFamily<A extends Enum<A>>(String family, String algorithmParam, Class<A> algorithmType,
                                         Preparation<A> preparation) implements CapabilityFamily<JcaProvider, A> {

    /** The benchmark's setup for one combination, e.g. {@code SignatureWorkload::prepare}. */
    @FunctionalInterface
    interface Preparation<A> {
        Object prepare(JcaProvider provider, A algorithm) throws Exception;
    }

    @Override
    public String ownerParam() {
        return "provider";
    }

    @Override
    public List<JcaProvider> owners() {
        return List.of(JcaProvider.values());
    }

    @Override
    public List<A> algorithms() {
        return List.of(algorithmType.getEnumConstants());
    }

    @Override
    public Support probe(JcaProvider owner, A algorithm) {
        return Support.probe(() -> preparation.prepare(owner, algorithm));
    }
}
