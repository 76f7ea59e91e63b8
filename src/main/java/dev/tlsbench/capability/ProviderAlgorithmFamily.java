package dev.tlsbench.capability;

import dev.tlsbench.provider.JcaProvider;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A capability family whose owners are the JCA providers and whose probe sets up the benchmark's
 * own workload: a combination is supported exactly when the benchmark's setup would pass.
 */
public record ProviderAlgorithmFamily<A extends Enum<A>>(String family, String algorithmParam, Class<A> algorithmType,
                                                          BiConsumer<JcaProvider, A> setup)
        implements CapabilityFamily<JcaProvider, A> {

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
        return Support.probe(() -> setup.accept(owner, algorithm));
    }
}
