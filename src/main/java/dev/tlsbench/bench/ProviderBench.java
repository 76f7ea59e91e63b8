package dev.tlsbench.bench;

import dev.tlsbench.provider.JcaProvider;
import org.openjdk.jmh.annotations.Param;

/**
 * The run policy plus the {@code provider} axis that every JCA benchmark shares (OpenJDK's
 * CryptoBase does the same): the owner of each cell. Leave -p provider out and JMH runs them all.
 */
public abstract class ProviderBench extends BenchBase {

    @Param
    public JcaProvider provider;
}
