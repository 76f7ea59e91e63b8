package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.results.OwnerFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One family as plan.json describes it ({@link dev.tlsbench.results.FamilyDescriptor}, its chart
 * defaults filled in): everything the report knows of a benchmark family comes
 * from here (axes, owners, labels, charts), so a family added to the suite is reported without a
 * change to the report.
 *
 * @param owners owner constant to its JCA provider ("crypto") and warmup need (NATIVE or JIT)
 * @param labels per axis, constant name to the label for people
 */
public record FamilyPlan(String name, String title, String benchmark, String ownerParam, String algorithmParam,
                  List<String> methods, Map<String, List<String>> axes, Map<String, OwnerFacts> owners,
                  Map<String, Map<String, String>> labels, List<ChartSpec> charts) {

    /** Every cell of the family's full matrix at one thread: each method over each value of every axis. */
    List<Cell> matrix() {
        return Cell.product(benchmark, methods, axes, 1);
    }

    /** The owner whose crypto is the JDK's own (the JDK provider, or SunJSSE on it): what speed-ups are relative to. */
    public Optional<String> jdkOwner() {
        return owners.entrySet().stream().filter(e -> "JDK".equals(e.getValue().crypto())).map(Map.Entry::getKey).findFirst();
    }

    /** The JCA provider doing {@code owner}'s crypto ("ACCP" for SunJSSE on ACCP), or empty for an unknown owner. */
    public Optional<String> crypto(String owner) {
        return Optional.ofNullable(owners.get(owner)).map(OwnerFacts::crypto);
    }

    /** The label for people of one axis value: plan.json's when it has one, else the constant made readable. */
    public String label(String param, String value) {
        String l = labels.getOrDefault(param, Map.of()).get(value);
        return l != null ? l : Labels.constant(value);
    }

    /** Position of a value on its axis (for ordering); values not on the axis go last. */
    public int order(String param, String value) {
        int i = axes.getOrDefault(param, List.of()).indexOf(value);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
