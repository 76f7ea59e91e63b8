package dev.tlsbench.capability;

import dev.tlsbench.provider.JcaProvider;
import java.util.List;

/**
 * A capability family whose owners are the JCA providers and whose probe sets up the benchmark's
 * own workload: a combination is supported exactly when the benchmark's setup would pass.
 */
public record ProviderAlgorithmFamily<A extends Enum<A>>(String family, String algorithmParam, Class<A> algorithmType,
                                                          Setup<A> setup)
        implements CapabilityFamily<JcaProvider, A> {

    /** The benchmark's setup of one combination; it may throw what the benchmark's @Setup throws. */
    @FunctionalInterface
    public interface Setup<A> {
        void accept(JcaProvider provider, A algorithm) throws Exception;
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
        return Support.probe(() -> setup.accept(owner, algorithm));
    }
}
