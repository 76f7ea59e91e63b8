package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.cli.PlotMain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page says, next to an SSLEngine number, what its handshake negotiated and its client sent,
 * from the run's attribution: the real smoke run's JDK 17 SunJSSE x25519 ECDSA cells, with the wire
 * JDK 17's SunJSSE shows (a P-256 share beside x25519, and why).
 */
class WireInReportTest {

    private static final String NOTE = "client also sends a P-256 key share: SunJSSE on JDK 17 offers ecdsa_secp256r1_sha256"
            + " only while secp256r1 is an allowed group, and sends a share for its first group of each kind";

    @TempDir
    Path tmp;

    @Test
    void theDetailsTableSaysWhatEachEngineCellSent() throws Exception {
        Path dir = Fixtures.smoke(tmp);
        Path env = dir.resolve("env.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(env.toFile());
        root.path("jvms").get(0).path("tlsAttribution").forEach(n -> {
            ObjectNode a = (ObjectNode) n;
            if (a.path("stack").asText().equals("SUNJSSE") && a.path("config").asText().equals("TLS13_AES_128_GCM_X25519_ECDSA_P256")) {
                a.put("serverGroup", "x25519");
                a.putArray("clientKeyShares").add("x25519").add("secp256r1");
                a.putArray("clientGroups").add("x25519").add("secp256r1");
                a.putArray("clientSignatureSchemes").add("ecdsa_secp256r1_sha256");
                a.put("hrr", false);
                a.put("wireNote", NOTE);
            }
        });
        json.writeValue(env.toFile(), root);
        String html = Files.readString(PlotMain.run(dir.toString()).resolve("index.html"));
        String wire = "TLS_AES_128_GCM_SHA256 · x25519 · client key shares x25519, secp256r1 (secp256r1 unused)";
        assertTrue(html.contains("<small class=\"wire\">" + wire + "</small>"), "the number's own table cell says it");
        assertTrue(html.contains(NOTE), "and why, in its tooltip and the attribution table");
        assertTrue(html.contains("key shares: x25519, secp256r1; groups: x25519, secp256r1"), "the attribution table's column");
        assertFalse(html.contains("X25519MLKEM768 unused"), "only what the rows say");
    }
}
