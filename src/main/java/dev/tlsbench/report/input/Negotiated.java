package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.results.Probes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an SSLEngine cell's full handshake negotiated and what its client sent, as the run's TLS
 * attribution (env.json {@code tlsAttribution}, read off the wire by TlsAttributionMain) recorded it
 * for the cell's stack (or client/server pair) and configuration: the work behind its number.
 *
 * @param keyShares      the groups of the client's first ClientHello's key shares
 * @param retryKeyShares those of its second, after a HelloRetryRequest (empty without one)
 * @param wireNote       why the client sends a share the server does not use, where the stack must ("" otherwise)
 * @param jvmChanges     what the harness changed in the JVM for this configuration (TLS_RSA_* re-enabled ...), empty if nothing
 */
public record Negotiated(String protocol, String suite, String group, List<String> keyShares, List<String> retryKeyShares,
                         boolean hrr, String wireNote, List<String> jvmChanges) {

    public Negotiated {
        keyShares = List.copyOf(keyShares);
        retryKeyShares = List.copyOf(retryKeyShares);
        jvmChanges = List.copyOf(jvmChanges);
    }

    /**
     * The attribution row of the cell's {@code stack} (or {@code pair}) and {@code config}, when it
     * says what was sent (runs before the wire was recorded did not): empty for any other cell.
     */
    public static Optional<Negotiated> of(List<Probes.AttributionRow> attribution, Cell cell) {
        String config = cell.params().get("config");
        String stack = cell.params().get("stack");
        String pair = cell.params().get("pair");
        if (config == null || (stack == null && pair == null)) {
            return Optional.empty();
        }
        for (Probes.AttributionRow a : attribution) {
            boolean same = stack != null ? stack.equals(a.stack()) : pair.equals(a.pair());
            if (same && config.equals(a.config())) {
                if (!a.supported() || a.clientKeyShares() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Negotiated(a.protocol(), a.suite(), a.serverGroup() != null ? a.serverGroup() : a.group(),
                        a.clientKeyShares(), a.clientRetryKeyShares() == null ? List.of() : a.clientRetryKeyShares(),
                        Boolean.TRUE.equals(a.hrr()), a.wireNoteText(), a.changes()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two connections did the same work on the wire: the same protocol, suite and group, and
     * the same key shares sent (a client that also generates an unused share does more work).
     */
    public boolean sameWork(Negotiated other) {
        return protocol.equals(other.protocol) && suite.equals(other.suite) && group.equals(other.group)
                && keyShares.equals(other.keyShares) && retryKeyShares.equals(other.retryKeyShares);
    }

    /** The shares the client generated that the server did not use (every first share after a retry). */
    public List<String> unusedShares() {
        Set<String> all = new LinkedHashSet<>(keyShares);
        all.addAll(retryKeyShares);
        all.remove(group);
        return new ArrayList<>(all);
    }

    /**
     * "TLS_AES_256_GCM_SHA384 · x25519 · client key shares x25519, secp256r1 (secp256r1 unused)";
     * TLS 1.2 has no key shares; a retry says so; a change the harness made to the JVM for it follows
     * in short ("harness changed jdk.tls.disabledAlgorithms: TLS_RSA_* removed").
     */
    public String text() {
        String shares;
        if (keyShares.isEmpty() && retryKeyShares.isEmpty()) {
            shares = "no key share (" + protocol + ")";
        } else {
            shares = "client key shares " + String.join(", ", keyShares)
                    + (hrr ? " then, after a HelloRetryRequest, " + String.join(", ", retryKeyShares) : "");
            List<String> unused = unusedShares();
            shares += unused.isEmpty() ? "" : " (" + String.join(", ", unused) + " unused)";
        }
        String changed = jvmChanges.isEmpty() ? "" : " · harness changed " + String.join("; ",
                jvmChanges.stream().map(c -> c.contains(" (") ? c.substring(0, c.indexOf(" (")) : c).toList());
        return suite + " · " + group + " · " + shares + changed;
    }
}
