package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Headline;
import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.provider.Marker;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.results.AlgorithmFacts;
import dev.tlsbench.results.OwnerFacts;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One family as plan.json describes it ({@link dev.tlsbench.results.FamilyDescriptor}, its chart
 * defaults filled in): everything the report knows of a benchmark family comes
 * from here (axes, owners, labels, charts), so a family added to the suite is reported without a
 * change to the report.
 *
 * @param owners     owner constant to its JCA provider ("crypto"), warmup need (NATIVE or JIT), label, colour and marker
 * @param labels     per axis, constant name to the label for people
 * @param jdkOwnerName the owner whose crypto is the JDK's own, or null
 * @param algorithms per algorithm constant, the CPU and VM flags its speed depends on
 * @param headline   the family's questions in the headline
 * @param nativeMatches which openssl speed measurement its cells compare with
 */
public record FamilyPlan(String name, String title, String benchmark, String ownerParam, String algorithmParam,
                  List<String> methods, Map<String, List<String>> axes, Map<String, OwnerFacts> owners,
                  Map<String, Map<String, String>> labels, List<ChartSpec> charts, String jdkOwnerName,
                  Map<String, AlgorithmFacts> algorithms, List<Headline> headline, List<SpeedMatch> nativeMatches) {

    /** For an owner plan.json has no look of: stable by name, apart from the suite's own colours. */
    private static final String[] SPARE = {"#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF"};

    /** Every cell of the family's full matrix at one thread: each method over each value of every axis. */
    List<Cell> matrix() {
        return Cell.product(benchmark, methods, axes, 1);
    }

    /** The owner whose crypto is the JDK's own (the JDK provider, or SunJSSE on it): what speed-ups are relative to. */
    public Optional<String> jdkOwner() {
        return Optional.ofNullable(jdkOwnerName);
    }

    /** How {@code owner} is shown in every chart: plan.json's look, or for an owner it lacks, its name in a spare colour. */
    public OwnerFacts look(String owner) {
        OwnerFacts f = owners.get(owner);
        if (f != null && f.label() != null && f.colour() != null && f.marker() != null) {
            return f;
        }
        return new OwnerFacts(f == null ? null : f.crypto(), f == null ? null : f.warmup(), owner,
                SPARE[Math.floorMod(owner.hashCode(), SPARE.length)], Marker.CIRCLE);
    }

    /** The owner's name for people ("SunJSSE + ACCP"). */
    public String ownerLabel(String owner) {
        return look(owner).label();
    }

    /** The CPU flags the speed of these algorithm constants depends on, each once, in the constants' order. */
    public List<String> cpuFlags(Collection<String> constants) {
        Set<String> out = new LinkedHashSet<>();
        constants.stream().map(algorithms::get).filter(a -> a != null).forEach(a -> out.addAll(a.cpuFlags()));
        return List.copyOf(out);
    }

    /** The VM flags (the JDK's intrinsics) the speed of these algorithm constants depends on. */
    public List<String> vmFlags(Collection<String> constants) {
        Set<String> out = new LinkedHashSet<>();
        constants.stream().map(algorithms::get).filter(a -> a != null).forEach(a -> out.addAll(a.vmFlags()));
        return List.copyOf(out);
    }

    /** A value for people: a byte count on the axis a chart counts bytes by ("16 KiB"), else {@link #label}. */
    public String valueLabel(String param, String value) {
        boolean bytes = charts.stream().anyMatch(c -> param.equals(c.bytesPerOpParam())) && !Double.isNaN(Num.number(value));
        return bytes ? Num.bytes(Double.parseDouble(value)).replaceAll("^(\\d+)$", "$1 B") : label(param, value);
    }

    /** The JCA provider doing {@code owner}'s crypto (ACCP's for SunJSSE on ACCP), or empty for an unknown owner. */
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
