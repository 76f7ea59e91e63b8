package dev.tlsbench.run;

import dev.tlsbench.bench.CapabilityMatrix.Entry;
import dev.tlsbench.bench.CapabilityMatrix;
import dev.tlsbench.families.Families;
import dev.tlsbench.provider.Availability;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.results.Probes;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the availability matrix: each provider's version and whether it loads (or why not), then
 * which of the suite's algorithms each one supports, found by trying. {@code --json} prints the
 * same as JSON (scripts/bench stores it in env.json).
 *
 * <p>Run: {@code java -cp target/benchmarks.jar dev.tlsbench.run.ProvidersMain [--json]}
 */
public final class ProvidersMain {

    private ProvidersMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean json = JsonOption.parse(args, ProvidersMain.class, "Prints which providers load and what each can do (the capability matrix).");
        List<Entry> cells = CapabilityMatrix.probeAll(Families.ALL);
        if (json) {
            JsonOption.print(toJson(cells));
        } else {
            printText(cells);
        }
    }

    static Probes.ProvidersProbe toJson(List<Entry> cells) {
        List<Probes.ProviderRow> providers = new ArrayList<>();
        for (JcaProvider p : JcaProvider.values()) {
            Availability a = p.availability();
            providers.add(new Probes.ProviderRow(p.name(), a.loaded(), a.version(), a.nativeLibrary(), a.reason(),
                    a.providers().stream().map(jp -> jp.getName() + " " + jp.getVersionStr()).toList()));
        }
        List<Probes.Capability> caps = new ArrayList<>();
        for (Entry c : cells) {
            caps.add(new Probes.Capability(c.family(), c.ownerParam(), c.owner(), c.algorithmParam(), c.algorithm(),
                    c.support().supported(), c.support().state().label(), c.support().reason()));
        }
        return new Probes.ProvidersProbe(System.getProperty("java.version"), System.getProperty("java.vendor"), providers, caps);
    }

    private static void printText(List<Entry> cells) {
        System.out.printf("Java %s (%s)%n%n", System.getProperty("java.version"), System.getProperty("java.vendor"));
        System.out.printf("%-10s %-8s %s%n", "provider", "loaded", "version / reason");
        for (JcaProvider p : JcaProvider.values()) {
            Availability a = p.availability();
            System.out.printf("%-10s %-8s %s%n", p.name(), a.loaded() ? "yes" : "no", a.loaded()
                    ? a.version() + (a.nativeLibrary().isEmpty() ? "" : " on " + a.nativeLibrary()) : a.reason());
        }
        String family = null;
        for (Entry c : cells) {
            if (!c.family().equals(family)) {
                family = c.family();
                System.out.printf("%n[%s] %s x %s%n", family, c.ownerParam(), c.algorithmParam());
            }
            System.out.printf("  %-22s %-28s %s%n", c.owner(), c.algorithm(), c.support());
        }
    }
}
