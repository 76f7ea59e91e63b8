package dev.tlsbench.results;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.bench.SpeedMatch;
import java.util.List;
import java.util.Map;

/**
 * One benchmark family as plan.json describes it: everything the report knows of a family (its
 * axes, owners, labels and charts), so a family added to the suite is reported without a change
 * to the report.
 *
 * @param name           the family's short name (record, kex, handshake-cost ...)
 * @param title          for people
 * @param benchmark      the JMH class, by name
 * @param ownerParam     the @Param whose values are the owners (provider, stack, pair)
 * @param algorithmParam the @Param whose values are the algorithms, or ""
 * @param methods        the @Benchmark methods
 * @param axes           per @Param, its values (constant names) in the order they are shown
 * @param owners         per owner constant, its facts
 * @param labels         per axis, constant name to the label for people
 * @param charts         the chart kinds the report draws of the family
 * @param jdkOwner       the owner whose crypto is the JDK's own (speed-ups are relative to it), or null
 * @param algorithms     per algorithm constant, the CPU and VM flags its speed depends on
 * @param headline       the family's questions in the report's headline (empty: none)
 * @param nativeMatches  which openssl speed measurement its cells compare with (empty: none)
 */
public record FamilyDescriptor(String name, String title, String benchmark, String ownerParam, String algorithmParam,
                               List<String> methods, Map<String, List<String>> axes, Map<String, OwnerFacts> owners,
                               Map<String, Map<String, String>> labels, List<ChartSpec> charts,
                               String jdkOwner, Map<String, AlgorithmFacts> algorithms, List<Headline> headline,
                               List<SpeedMatch> nativeMatches) {

    public FamilyDescriptor {
        methods = methods == null ? null : List.copyOf(methods);
        owners = owners == null ? Map.of() : owners;
        labels = labels == null ? Map.of() : labels;
        charts = charts == null ? List.of() : List.copyOf(charts);
        algorithms = algorithms == null ? Map.of() : algorithms;
        headline = headline == null ? List.of() : List.copyOf(headline);
        nativeMatches = nativeMatches == null ? List.of() : List.copyOf(nativeMatches);
    }
}
