package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed gate row marks only the cells its affects names, and the footnote says its kind: the
 * JDK's ECDSA failure (it rejects valid signatures) marks the JDK's X25519 + ECDSA handshakes on the
 * client's side only (verification is the client's) and nothing on the AES-GCM charts; BC's AES-GCM
 * failure (it accepts invalid input) marks BC's AES-GCM records. The fixture's rows list no failed
 * vectors (a run before findings were recorded), so both keep the "!" they had.
 */
class GateMarksTest {

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

        ChartModel client = Fixtures.chart(charts.get("handshake-cost"), "jdk17-handshake-cost-client");
        List<ChartModel.Mark> flags = client.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.GATE).toList();
        assertEquals(1, flags.size(), "client: " + flags);
        assertEquals("JDK", flags.get(0).colorKey());
        assertTrue(flags.get(0).cellKey().contains("handshake=X25519_ECDSA_P256"), "not on RSA key transport");
        assertTrue(client.footnotes().stream().anyMatch(f -> f.contains("JDK rejects valid input in ecdsa_secp256r1_sha256_test.json, "
                + "client side: unclassified, counted as before")), client.footnotes().toString());

        ChartModel server = Fixtures.chart(charts.get("handshake-cost"), "jdk17-handshake-cost-server");
        assertEquals(List.of(), server.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.GATE
                || m.kind() == ChartModel.MarkKind.GATE_LENIENT).toList(), "the server verifies no ECDSA signature");
    }
}
