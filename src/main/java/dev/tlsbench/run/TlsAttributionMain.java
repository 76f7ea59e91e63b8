package dev.tlsbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.proof.HandshakeProof;
import dev.tlsbench.tls.proof.Role;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.WireHello;

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
        ObjectMapper m = new ObjectMapper();
        ArrayNode rows = m.createArrayNode();
        if (!json) {
            System.out.printf("Java %s (%s)%n", System.getProperty("java.version"), System.getProperty("java.vendor"));
        }
        for (TlsStack stack : TlsStack.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                ObjectNode row = rows.addObject();
                row.put("stack", stack.name());
                prove(row, Peers.same(stack), config, json);
            }
        }
        // the mixed family's cells: what a client of one stack sends and a server of another chooses
        for (StackPair pair : StackPair.values()) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                ObjectNode row = rows.addObject();
                row.put("pair", pair.name());
                prove(row, pair.peers(), config, json);
            }
        }
        if (json) {
            JsonOption.print(rows);
        }
    }

    private static void prove(ObjectNode row, Peers peers, HandshakeConfig config, boolean json) {
        row.put("config", config.name());
        try {
            describe(row, config, HandshakeProof.of(peers, config));
        } catch (Unsupported u) {
            row.put("supported", false);
            row.put("reason", u.getMessage());
        } catch (RuntimeException e) { // a failed proof (e.g. a silent fallback) is reported, not hidden
            row.put("supported", false);
            row.put("reason", "PROOF FAILED: " + Unsupported.describe(e));
        }
        if (!json) {
            printText(row);
        }
    }

    private static void describe(ObjectNode row, HandshakeConfig config, HandshakeProof proof) {
        WireHello full = proof.full();
        row.put("supported", true);
        row.put("protocol", full.protocol());
        row.put("suite", full.suite());
        row.put("group", full.group().isEmpty() ? "none (RSA key transport)" : full.group());
        putWire(row, full);
        row.put("wireNote", proof.wireNote());
        WireHello resumed = proof.resumed();
        row.put("resumedBy", resumed == null ? "not resumed: " + proof.notResumed() : resumed.resumedBy());
        row.put("resumedGroup", resumed == null ? "-" : resumed.group() == null ? "none (no key exchange)" : resumed.group());
        ObjectNode providers = row.putObject("providers");
        for (Role r : Role.values()) {
            providers.put(r.name(), proof.attribution().servedBy(r));
        }
        // what the report narrows a DEFAULTS cell's correctness flags to (the gate's algorithm names)
        full.partsUsed(config).ifPresent(parts -> {
            ArrayNode names = row.putArray("negotiatedParts");
            parts.forEach(p -> names.add(p.name()));
        });
        ArrayNode inherent = row.putArray("inherent");
        proof.attribution().inherent().forEach(inherent::add);
    }

    /**
     * What each side sent in the full handshake, as the wire shows it: the client's key shares (the
     * retry's after a HelloRetryRequest), groups and signature schemes; the server's group (its
     * ServerHello key_share or TLS 1.2 ServerKeyExchange curve), suite and whether it asked for a retry.
     */
    private static void putWire(ObjectNode row, WireHello full) {
        strings(row.putArray("clientKeyShares"), full.client().keyShares());
        if (full.helloRetry()) {
            strings(row.putArray("clientRetryKeyShares"), full.client().retryKeyShares());
        }
        strings(row.putArray("clientGroups"), full.client().groups());
        strings(row.putArray("clientSignatureSchemes"), full.client().signatureSchemes());
        row.put("serverGroup", full.group().isEmpty() ? "none (RSA key transport)" : full.group());
        row.put("hrr", full.helloRetry());
    }

    private static void strings(ArrayNode array, java.util.List<String> values) {
        values.forEach(array::add);
    }

    private static void printText(ObjectNode row) {
        System.out.printf("%n%-13s %s%n", row.has("pair") ? row.get("pair").asText() : row.get("stack").asText(), row.get("config").asText());
        if (!row.get("supported").asBoolean()) {
            System.out.println("  unsupported: " + row.get("reason").asText());
            return;
        }
        System.out.printf("  negotiated %s %s %s; resumed by %s (group %s)%n", row.get("protocol").asText(),
                row.get("suite").asText(), row.get("group").asText(), row.get("resumedBy").asText(),
                row.get("resumedGroup").asText());
        System.out.printf("  client key shares %s%s; groups %s%n  client signature schemes %s%n",
                row.get("clientKeyShares"), row.get("hrr").asBoolean() ? " then " + row.get("clientRetryKeyShares") : "",
                row.get("clientGroups"), row.get("clientSignatureSchemes"));
        if (!row.get("wireNote").asText().isEmpty()) {
            System.out.println("  wire note: " + row.get("wireNote").asText());
        }
        row.get("providers").fields().forEachRemaining(e ->
                System.out.printf("  %-17s %s%n", e.getKey(), e.getValue().asText()));
        row.get("inherent").forEach(n -> System.out.println("  inherent: " + n.asText()));
    }
}
