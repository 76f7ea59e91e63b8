package dev.tlsbench.run;

import dev.tlsbench.bench.Capabilities;
import dev.tlsbench.bench.Family;
import dev.tlsbench.families.Families;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.results.Probes;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        Probes.GateProbe gate = run(Families.vectorSuites(), List.of(JcaProvider.values()));
        if (json) {
            JsonOption.print(gate);
        } else {
            for (Probes.GateRow row : gate.suites()) {
                System.out.printf("%-10s %-34s %-22s %-11s %s%n", row.provider(), row.file(), row.algorithm(), row.status(),
                        row.summary() == null ? "" : row.summary());
            }
        }
    }

    /** One row per provider x suite: status pass / fail / unsupported / error, with the counts. */
    static Probes.GateProbe run(List<VectorSuite> suites, List<JcaProvider> providers) {
        List<Probes.GateRow> rows = new ArrayList<>();
        for (VectorSuite suite : suites) {
            for (JcaProvider p : providers) {
                rows.add(row(suite, p, affects(suite, p)));
            }
        }
        return new Probes.GateProbe(System.getProperty("java.version"), rows);
    }

    private static Probes.GateRow row(VectorSuite suite, JcaProvider p, List<Probes.Affects> affects) {
        String provider = p.name();
        String algorithm = suite.algorithm().name();
        try {
            VectorReport r = suite.run(p);
            return new Probes.GateRow(provider, suite.file(), algorithm, affects, r.passed() ? "pass" : "fail", r.validPassed(),
                    r.validFailed(), r.invalidRejected(), r.invalidAccepted(), r.acceptableAccepted(), r.acceptableRejected(),
                    r.skipped(), r.toString(), r.failures().stream().limit(MAX_FAILURES_LISTED).toList(), null, Probes.GateSide.valueOf(suite.side().name()),
                    findings(r));
        } catch (Unsupported u) {
            return refused(suite, provider, algorithm, affects, "unsupported", u.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // A crash of the runner is not a verdict on the provider, but must be seen.
            return refused(suite, provider, algorithm, affects, "error", Unsupported.describe(e));
        }
    }

    /** Each failed vector with its verdict and flags, those that failed alike as one entry. */
    private static List<Probes.GateFinding> findings(VectorReport r) {
        List<Probes.GateFinding> single = new ArrayList<>();
        for (VectorReport.Finding f : r.findings()) {
            List<Probes.VectorFlag> flags = new ArrayList<>();
            f.flags().forEach((flag, bugType) -> flags.add(new Probes.VectorFlag(flag, bugType)));
            single.add(new Probes.GateFinding(f.expected().name().toLowerCase(Locale.ROOT), Probes.GateVerdict.valueOf(f.verdict().name()), flags,
                    List.of(f.tcId())));
        }
        return Probes.GateFinding.grouped(single);
    }

    private static Probes.GateRow refused(VectorSuite suite, String provider, String algorithm, List<Probes.Affects> affects,
                                          String status, String reason) {
        return new Probes.GateRow(provider, suite.file(), algorithm, affects, status, null, null, null, null, null, null, null,
                null, null, reason, Probes.GateSide.valueOf(suite.side().name()), null);
    }

    /** Per family: the cells a failure of {@code suite} on {@code provider} must flag. */
    private static List<Probes.Affects> affects(VectorSuite suite, JcaProvider provider) {
        List<Probes.Affects> out = new ArrayList<>();
        for (Family f : Families.ALL) {
            affects(out, f, suite, provider);
        }
        return out;
    }

    private static void affects(List<Probes.Affects> out, Family f, VectorSuite suite, JcaProvider provider) {
        Capabilities c = f.capabilities();
        List<String> owners = c.owners().stream().filter(o -> o.cryptos().contains(provider)).map(Owner::name).toList();
        List<String> algorithms = c.algorithms().stream().filter(a -> c.primitivesOf(a).contains(suite.algorithm()))
                .map(Enum::name).toList();
        if (owners.isEmpty() || algorithms.isEmpty()) {
            return;
        }
        out.add(new Probes.Affects(f.name(), f.benchmark().getSimpleName(), f.ownerParam(), owners, c.algorithmParam(), algorithms));
    }
}
