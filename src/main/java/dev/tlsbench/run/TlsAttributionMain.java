package dev.tlsbench.run;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.results.Probes;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.proof.HandshakeProof;
import dev.tlsbench.tls.proof.Role;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.WireHello;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints, per TLS stack (then per mixed client/server pair) x handshake configuration, whether it can do it (or why not),
 * what the handshakes negotiated on the wire, whether resumption worked and by what, and which
 * provider served the record cipher, key exchange, signature and chain validation.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp target/benchmarks.jar dev.tlsbench.run.TlsAttributionMain [--json]}
 */
public final class TlsAttributionMain {

    private TlsAttributionMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean json = JsonOption.parse(args, TlsAttributionMain.class, "Prints, per TLS stack and handshake configuration, what the handshakes negotiate and who serves them.");
        if (!json) {
            System.out.printf("Java %s (%s)%n", System.getProperty("java.version"), System.getProperty("java.vendor"));
        }
        List<Job> jobs = new ArrayList<>();
        for (TlsStack stack : TlsStack.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                jobs.add(new Job(stack.name(), null, Peers.same(stack), config));
            }
        }
        // the mixed family's cells: what a client of one stack sends and a server of another chooses
        for (StackPair pair : StackPair.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                jobs.add(new Job(null, pair.name(), pair.peers(), config));
            }
        }
        // RSA key transport first: on JDK 24+ it needs TLS_RSA_* out of jdk.tls.disabledAlgorithms, and
        // SunJSSE and BCJSSE read that property once, at their first handshake in the JVM. A benchmark
        // fork runs one configuration, so its edit always comes first; this probe runs them all in one
        // JVM and must do the same, or it would call RSA key transport unsupported where the benchmark
        // measures it. What it records of the later configurations (negotiated suite and group, the
        // client's key shares, groups and signature schemes) does not depend on TLS_RSA being enabled.
        Probes.AttributionRow[] rows = new Probes.AttributionRow[jobs.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing(i -> !jobs.get(i).config().needsTlsRsa()));
        for (int i : order) {
            Job j = jobs.get(i);
            rows[i] = prove(j.stack(), j.pair(), j.peers(), j.config());
        }
        for (Probes.AttributionRow row : rows) {
            if (!json) {
                printText(row);
            }
        }
        if (json) {
            JsonOption.print(List.of(rows));
        }
    }

    /** One row to prove: a stack (or a mixed pair) and a configuration. */
    private record Job(String stack, String pair, Peers peers, HandshakeConfig config) {
    }

    private static Probes.AttributionRow prove(String stack, String pair, Peers peers, HandshakeConfig config) {
        Probes.AttributionRow row;
        try {
            row = describe(stack, pair, config, HandshakeProof.of(peers, config), peers.jvmChanges(config));
        } catch (Unsupported u) {
            row = Probes.AttributionRow.refused(stack, pair, config.name(), u.getMessage());
        } catch (RuntimeException e) { // a failed proof (e.g. a silent fallback) is reported, not hidden
            row = Probes.AttributionRow.refused(stack, pair, config.name(), "PROOF FAILED: " + Unsupported.describe(e));
        }
        return row;
    }

    /**
     * What the handshakes negotiated and what each side sent in the full handshake, as the wire shows
     * it: the client's key shares (the retry's after a HelloRetryRequest), groups and signature
     * schemes; the server's group (its ServerHello key_share or TLS 1.2 ServerKeyExchange curve),
     * suite and whether it asked for a retry.
     */
    private static Probes.AttributionRow describe(String stack, String pair, HandshakeConfig config, HandshakeProof proof,
                                                  List<String> jvmChanges) {
        WireHello full = proof.full();
        WireHello resumed = proof.resumed();
        Map<String, String> providers = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            providers.put(r.name(), proof.attribution().servedBy(r));
        }
        // what the report narrows a DEFAULTS cell's correctness flags to (the gate's algorithm names)
        List<String> negotiated = full.partsUsed(config).map(parts -> parts.stream().map(p -> p.name()).toList()).orElse(null);
        String group = full.group().isEmpty() ? "none (RSA key transport)" : full.group();
        return new Probes.AttributionRow(stack, pair, config.name(), true, full.protocol(), full.suite(), group,
                resumed == null ? "not resumed: " + proof.notResumed() : resumed.resumedBy(),
                resumed == null ? "-" : resumed.group() == null ? "none (no key exchange)" : resumed.group(),
                providers, negotiated, List.copyOf(proof.attribution().inherent()), List.copyOf(full.client().keyShares()),
                full.helloRetry() ? List.copyOf(full.client().retryKeyShares()) : null, List.copyOf(full.client().groups()),
                List.copyOf(full.client().signatureSchemes()), group, full.helloRetry(), proof.wireNote(), jvmChanges, null);
    }

    private static void printText(Probes.AttributionRow row) {
        System.out.printf("%n%-13s %s%n", row.who(), row.config());
        if (!row.supported()) {
            System.out.println("  unsupported: " + row.reason());
            return;
        }
        System.out.printf("  negotiated %s %s %s; resumed by %s (group %s)%n", row.protocol(), row.suite(), row.group(),
                row.resumedBy(), row.resumedGroup());
        System.out.printf("  client key shares %s%s; groups %s%n  client signature schemes %s%n", row.clientKeyShares(),
                Boolean.TRUE.equals(row.hrr()) ? " then " + row.clientRetryKeyShares() : "", row.groupsSent(),
                row.schemesSent());
        if (!row.wireNoteText().isEmpty()) {
            System.out.println("  wire note: " + row.wireNoteText());
        }
        row.providers().forEach((role, who) -> System.out.printf("  %-17s %s%n", role, who));
        row.inherent().forEach(n -> System.out.println("  inherent: " + n));
        row.changes().forEach(c -> System.out.println("  harness changed: " + c));
    }
}
