package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Bar charts of one benchmark class: one chart per method and value of any further @Param (e.g.
 * side, resumption), the algorithm axis along x, one bar per owner (provider or stack). The table
 * {@link #SPECS} is the only place that knows the benchmark classes.
 */
public final class CategoryPanels {

    /**
     * @param benchClass     the JMH class's simple name (naming contract)
     * @param algorithmParam the @Param along the x axis
     * @param scale          multiplies the score (ops/s) into the y unit, e.g. x bytes / 1e6 for MB/s
     */
    public record Spec(String benchClass, String algorithmParam, String title, String yLabel, boolean logY,
                       ToDoubleFunction<BenchResult> scale) {
    }

    private static final ToDoubleFunction<BenchResult> OPS = r -> 1.0;

    public static final List<Spec> SPECS = List.of(
            new Spec("KeyExchangeBench", "kex", "Key exchange", "ops/s (log)", true, OPS),
            new Spec("RsaKeyTransportBench", "rsa", "RSA key transport", "ops/s (log)", true, OPS),
            new Spec("SignatureBench", "scheme", "Handshake signatures", "ops/s (log)", true, OPS),
            new Spec("KemBench", "kem", "Key encapsulation", "ops/s (log)", true, OPS),
            new Spec("KeyScheduleBench", "kdf", "TLS 1.3 key schedule", "key schedules/s (log)", true, OPS),
            new Spec("HandshakeCostBench", "handshake", "RSA vs ECDHE: crypto cost of one handshake",
                    "crypto handshakes/s (log)", true, OPS),
            new Spec("SslEngineHandshakeBench", "config", "SSLEngine handshakes", "handshakes/s", false, OPS),
            new Spec("SslEngineRecordBench", "config", "SSLEngine record path", "MB/s of application data", false,
                    r -> Double.parseDouble(r.param("appData")) / 1e6));

    private CategoryPanels() {
    }

    public static List<ChartModel> charts(Run run, boolean dirInLabel) {
        List<ChartModel> out = new ArrayList<>();
        for (Spec spec : SPECS) {
            // Several thread counts are the thread-scaling chart's; the bars show one thread.
            List<BenchResult> results = run.of(spec.benchClass()).stream().filter(r -> r.threads() == 1).toList();
            if (!results.isEmpty()) {
                out.addAll(charts(run, dirInLabel, spec, results));
            }
        }
        return out;
    }

    static List<ChartModel> charts(Run run, boolean dirInLabel, Spec spec, List<BenchResult> results) {
        String ownerParam = results.get(0).ownerParam();
        List<String> owners = Panels.owners(run, results, ownerParam, spec.algorithmParam());
        Map<String, List<BenchResult>> panels = Panels.group(results, r -> panelKey(r, ownerParam, spec.algorithmParam()));
        List<ChartModel> out = new ArrayList<>();
        for (Map.Entry<String, List<BenchResult>> panel : panels.entrySet()) {
            List<BenchResult> rs = panel.getValue();
            Set<String> measured = new LinkedHashSet<>();
            rs.forEach(r -> measured.add(r.param(spec.algorithmParam())));
            List<String> categories = new ArrayList<>(measured);
            List<String> notes = new ArrayList<>(Panels.gateNotes(run, owners));
            if (spec.logY()) {
                notes.add("log scale; 99.9% error intervals are in the data table");
            }
            // Algorithms nobody could do still get a (empty) category, so their n/a is visible.
            for (String algorithm : run.jvm().algorithms(ownerParam, spec.algorithmParam())) {
                if (!measured.contains(algorithm)
                        && owners.stream().allMatch(o -> Panels.unsupported(run, ownerParam, o, spec.algorithmParam(), algorithm))) {
                    categories.add(algorithm);
                }
            }
            ChartModel.CategoryBuilder b = new ChartModel.CategoryBuilder(categories);
            for (String owner : owners) {
                List<Double> values = new ArrayList<>();
                List<Double> errors = new ArrayList<>();
                for (String algorithm : categories) {
                    BenchResult r = rs.stream().filter(x -> x.owner().equals(owner)
                            && x.param(spec.algorithmParam()).equals(algorithm)).findFirst().orElse(null);
                    if (r == null) {
                        notes.add(Panels.missing(run, ownerParam, owner, spec.algorithmParam(), algorithm));
                        values.add(null);
                        errors.add(0.0);
                    } else {
                        double scale = spec.scale().applyAsDouble(r);
                        values.add(r.score() * scale);
                        errors.add(Panels.error(r, scale));
                    }
                }
                b.add(Panels.seriesName(run, owner), owner, values, errors);
            }
            String label = run.label(dirInLabel);
            out.add(new ChartModel(Panels.id(label, spec.benchClass(), panel.getKey()),
                    spec.title() + ": " + panel.getKey() + " [" + label + "]", run.caption(),
                    ChartModel.Kind.CATEGORY, spec.algorithmParam(), spec.yLabel(), false, spec.logY(),
                    b.categories(), b.series(), notes));
        }
        return out;
    }

    /** The method and every @Param that is neither the owner nor the algorithm axis, e.g. "oneHandshake side=SERVER". */
    static String panelKey(BenchResult r, String ownerParam, String algorithmParam) {
        StringBuilder sb = new StringBuilder(r.method());
        new TreeMap<>(r.params()).forEach((k, v) -> {
            if (!k.equals(ownerParam) && !k.equals(algorithmParam)) {
                sb.append(' ').append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }
}
