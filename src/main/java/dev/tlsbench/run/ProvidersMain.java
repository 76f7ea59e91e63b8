package dev.tlsbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.CapabilityMatrix.Entry;
import dev.tlsbench.bench.CapabilityMatrix;
import dev.tlsbench.families.Families;
import dev.tlsbench.provider.Availability;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.tls.stack.TcnativeBoringSsl;
import dev.tlsbench.tls.stack.TlsStack;
import java.util.List;

/**
 * Prints the availability matrix: each provider's version and whether it loads (or why not), the
 * same for netty-tcnative's BoringSSL (the crypto of the NETTY_OPENSSL stack, no JCA provider), then
 * which of the suite's algorithms each one supports, found by trying. {@code --json} prints the
 * same as JSON (scripts/bench stores it in env.json).
 *
 * <p>Run: {@code java -cp target/benchmarks.jar dev.tlsbench.run.ProvidersMain [--json]}
 */
public final class ProvidersMain {

    private ProvidersMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean json = JsonOption.parse(args);
        List<Entry> cells = CapabilityMatrix.probeAll(Families.ALL);
        if (json) {
            JsonOption.print(toJson(cells));
        } else {
            printText(cells);
        }
    }

    static ObjectNode toJson(List<Entry> cells) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("java.version", System.getProperty("java.version"));
        root.put("java.vendor", System.getProperty("java.vendor"));
        ArrayNode providers = root.putArray("providers");
        for (JcaProvider p : JcaProvider.values()) {
            Availability a = p.availability();
            ObjectNode n = providers.addObject();
            n.put("name", p.name());
            n.put("loaded", a.loaded());
            n.put("version", a.version());
            n.put("nativeLibrary", a.nativeLibrary());
            n.put("reason", a.reason());
            ArrayNode objects = n.putArray("javaProviders");
            a.providers().forEach(jp -> objects.add(jp.getName() + " " + jp.getVersionStr()));
        }
        // the crypto of a stack that is no JCA provider: Netty's OpenSSL engine over netty-tcnative
        Availability t = TcnativeBoringSsl.INSTANCE.availability();
        ObjectNode tcnative = root.putArray("engineLibraries").addObject();
        tcnative.put("name", TcnativeBoringSsl.NAME);
        tcnative.put("stack", TlsStack.NETTY_OPENSSL.name());
        tcnative.put("loaded", t.loaded());
        tcnative.put("version", t.version());
        tcnative.put("nativeLibrary", t.nativeLibrary());
        tcnative.put("reason", t.reason());
        ArrayNode caps = root.putArray("capabilities");
        for (Entry c : cells) {
            ObjectNode n = caps.addObject();
            n.put("family", c.family());
            n.put("ownerParam", c.ownerParam());
            n.put("owner", c.owner());
            n.put("algorithmParam", c.algorithmParam());
            n.put("algorithm", c.algorithm());
            n.put("supported", c.support().supported());
            n.put("state", c.support().state().label());
            n.put("reason", c.support().reason());
        }
        return root;
    }

    private static void printText(List<Entry> cells) {
        System.out.printf("Java %s (%s)%n%n", System.getProperty("java.version"), System.getProperty("java.vendor"));
        System.out.printf("%-10s %-8s %s%n", "provider", "loaded", "version / reason");
        for (JcaProvider p : JcaProvider.values()) {
            Availability a = p.availability();
            System.out.printf("%-10s %-8s %s%n", p.name(), a.loaded() ? "yes" : "no", a.loaded()
                    ? a.version() + (a.nativeLibrary().isEmpty() ? "" : " on " + a.nativeLibrary()) : a.reason());
        }
        Availability t = TcnativeBoringSsl.INSTANCE.availability();
        System.out.printf("%-10s %-8s %s%n", "tcnative", t.loaded() ? "yes" : "no",
                t.loaded() ? t.version() + " on " + t.nativeLibrary() + " (stack " + TlsStack.NETTY_OPENSSL + ")" : t.reason());
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
