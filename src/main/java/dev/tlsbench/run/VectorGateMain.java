package dev.tlsbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.Capabilities;
import dev.tlsbench.bench.Family;
import dev.tlsbench.families.Families;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorSuite;
import java.util.List;

/**
 * The run-time correctness gate: every family's Wycheproof suites against every provider, before
 * anything is measured (the run stores the --json output in env.json). A provider without the
 * algorithm is "unsupported", not a failure. Each row names the cells it vouches for ("affects":
 * per family, the owners whose crypto is this provider and the algorithm values made of this
 * suite's algorithm), so a failure flags those cells and no others. Exit code 0 even when a
 * provider fails: the report says so.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar dev.tlsbench.run.VectorGateMain [--json]}
 */
public final class VectorGateMain {

    private static final int MAX_FAILURES_LISTED = 5;

    private VectorGateMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean json = JsonOption.parse(args, VectorGateMain.class, "Runs the Wycheproof correctness gate on every provider.");
        ObjectNode root = run(Families.vectorSuites(), List.of(JcaProvider.values()));
        if (json) {
            JsonOption.print(root);
        } else {
            for (var row : root.withArray("suites")) {
                System.out.printf("%-10s %-34s %-22s %-11s %s%n", row.path("provider").asText(), row.path("file").asText(),
                        row.path("algorithm").asText(), row.path("status").asText(), row.path("summary").asText());
            }
        }
    }

    /** One row per provider x suite: status pass / fail / unsupported / error, with the counts. */
    static ObjectNode run(List<VectorSuite> suites, List<JcaProvider> providers) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("java.version", System.getProperty("java.version"));
        ArrayNode rows = root.putArray("suites");
        for (VectorSuite suite : suites) {
            for (JcaProvider p : providers) {
                ObjectNode row = rows.addObject();
                row.put("provider", p.name());
                row.put("file", suite.file());
                row.put("algorithm", suite.algorithm().name());
                affects(row.putArray("affects"), suite, p);
                try {
                    VectorReport r = suite.run(p);
                    row.put("status", r.passed() ? "pass" : "fail");
                    row.put("validPassed", r.validPassed());
                    row.put("validFailed", r.validFailed());
                    row.put("invalidRejected", r.invalidRejected());
                    row.put("invalidAccepted", r.invalidAccepted());
                    row.put("acceptableAccepted", r.acceptableAccepted());
                    row.put("acceptableRejected", r.acceptableRejected());
                    row.put("skipped", r.skipped());
                    row.put("summary", r.toString());
                    ArrayNode failures = row.putArray("failures");
                    r.failures().stream().limit(MAX_FAILURES_LISTED).forEach(failures::add);
                } catch (Unsupported u) {
                    row.put("status", "unsupported");
                    row.put("reason", u.getMessage());
                } catch (RuntimeException | LinkageError e) {
                    // A crash of the runner is not a verdict on the provider, but must be seen.
                    row.put("status", "error");
                    row.put("reason", Unsupported.describe(e));
                }
            }
        }
        return root;
    }

    /** Per family: the cells a failure of {@code suite} on {@code provider} must flag. */
    private static void affects(ArrayNode out, VectorSuite suite, JcaProvider provider) {
        for (Family f : Families.ALL) {
            affects(out, f, suite, provider);
        }
    }

    private static void affects(ArrayNode out, Family f, VectorSuite suite, JcaProvider provider) {
        Capabilities c = f.capabilities();
        List<String> owners = c.owners().stream().filter(o -> o.cryptos().contains(provider)).map(Owner::name).toList();
        List<String> algorithms = c.algorithms().stream().filter(a -> c.primitivesOf(a).contains(suite.algorithm()))
                .map(Enum::name).toList();
        if (owners.isEmpty() || algorithms.isEmpty()) {
            return;
        }
        ObjectNode n = out.addObject();
        n.put("family", f.name());
        n.put("benchmark", f.benchmark().getSimpleName());
        n.put("ownerParam", f.ownerParam());
        owners.forEach(n.putArray("owners")::add);
        n.put("algorithmParam", c.algorithmParam());
        algorithms.forEach(n.putArray("algorithms")::add);
    }
}
