package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlsbench.bench.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed gate row flags only the cells its affects names, and says its kind: the JDK's ECDSA
 * failure (it rejects valid signatures) flags the JDK's X25519 + ECDSA handshakes and nothing on
 * the AES-GCM charts; BC's AES-GCM failure (it accepts invalid input) flags BC's AES-GCM records.
 */
class GateFlagsTest {

    @TempDir
    Path tmp;

    @Test
    void aJdkEcdsaFailurePutsNoFlagOnAesGcm() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Map<String, List<ChartModel>> charts = FamilyCharts.of(jdk17, false);
        ChartModel aes = Fixtures.chart(charts.get("record"), "jdk17-record-aes-128-gcm-byte-array");
        List<ChartModel.Mark> gate = aes.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.GATE).toList();
        assertTrue(gate.stream().noneMatch(m -> m.colorKey().equals("JDK")), "no JDK flag on AES-GCM: " + gate);
        assertEquals(List.of("BC", "BC"), gate.stream().map(ChartModel.Mark::colorKey).toList(), "BC at both sizes");
        assertTrue(aes.footnotes().stream().anyMatch(f -> f.contains("BC accepts invalid input in aes_gcm_test.json: a security finding")),
                aes.footnotes().toString());

        for (String id : List.of("jdk17-handshake-cost-server", "jdk17-handshake-cost-client")) {
            ChartModel hs = Fixtures.chart(charts.get("handshake-cost"), id);
            List<ChartModel.Mark> flags = hs.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.GATE).toList();
            assertEquals(1, flags.size(), id + ": " + flags);
            assertEquals("JDK", flags.get(0).colorKey());
            assertTrue(flags.get(0).cellKey().contains("handshake=X25519_ECDSA_P256"), "not on RSA key transport");
            assertTrue(hs.footnotes().stream().anyMatch(f -> f.contains("JDK rejects valid input in ecdsa_secp256r1_sha256_test.json: "
                    + "an interoperability finding")), hs.footnotes().toString());
        }
    }

    @Test
    void passingRowsFlagNothing() {
        JvmRun jdk25 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk25");
        CellOutcome jdkAes = jdk25.outcomes().stream().filter(o -> o.owner().equals("JDK") && "AES_128_GCM".equals(o.param("aead"))
                && o.measured()).findFirst().orElseThrow();
        assertEquals(List.of(), jdkAes.gateFlags(), "the JDK passed aes_gcm_test.json");
    }

    /** A stack's defaults allow every group; the attribution says which one they used, and only its finding flags them. */
    @Test
    void aStacksDefaultsAreFlaggedOnlyForWhatTheyNegotiated() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String affects = "\"affects\": [{\"family\": \"sslengine-handshake\", \"ownerParam\": \"stack\", \"owners\": [\"BCJSSE_BC\"],"
                + " \"algorithmParam\": \"config\", \"algorithms\": [\"DEFAULTS_ECDSA_P256\"]}]";
        JsonNode p384 = json.readTree("{\"provider\": \"BC\", \"file\": \"ecdh_secp384r1_test.json\", \"algorithm\": \"P384\","
                + " \"status\": \"fail\", \"invalidAccepted\": 1, " + affects + "}");
        JsonNode x25519 = json.readTree("{\"provider\": \"BC\", \"file\": \"x25519_test.json\", \"algorithm\": \"X25519\","
                + " \"status\": \"fail\", \"invalidAccepted\": 1, " + affects + "}");
        JsonNode negotiated = json.readTree("{\"stack\": \"BCJSSE_BC\", \"config\": \"DEFAULTS_ECDSA_P256\","
                + " \"negotiatedParts\": [\"X25519\", \"CHACHA20_POLY1305\", \"ECDSA_P256_SHA256\"]}");
        Cell cell = new Cell("dev.tlsbench.tls.SslEngineHandshakeBench.handshake", Map.of("stack", "BCJSSE_BC",
                "config", "DEFAULTS_ECDSA_P256", "resumption", "FULL", "keyManager", "DEFAULT"), 1);

        assertEquals(List.of("x25519_test.json"), GateFlag.forCell(List.of(p384, x25519), List.of(negotiated),
                "sslengine-handshake", cell).stream().map(GateFlag::file).toList());
        assertEquals(List.of("ecdh_secp384r1_test.json", "x25519_test.json"), GateFlag.forCell(List.of(p384, x25519), List.of(),
                "sslengine-handshake", cell).stream().map(GateFlag::file).toList(), "without an attribution, all the defaults allow");
    }
}
