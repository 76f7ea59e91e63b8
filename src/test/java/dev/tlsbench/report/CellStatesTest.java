package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell state is its own mark, counted and drawn: in the hand-made fixture JDK 17 has one
 * FAILED, two unsupported, one not-in-profile and one not-steady cell on the ChaCha20 chart, and a
 * harness limit and a pending cell on the handshake charts. The marks are in the model, their
 * symbols and footnotes are text in the SVG, the states are in the CSV and the FAILED cell is listed
 * before anything else in the page's cell list.
 */
class CellStatesTest {

    @TempDir
    Path tmp;

    @Test
    void eachStateHasItsOwnMarkOnTheChart() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Map<String, List<ChartModel>> charts = FamilyCharts.of(jdk17, false);
        ChartModel chacha = Fixtures.chart(charts.get("record"), "jdk17-record-chacha20-poly1305-byte-array");
        assertEquals(1, chacha.count(ChartModel.MarkKind.FAILED));
        assertEquals(2, chacha.count(ChartModel.MarkKind.UNSUPPORTED));
        assertEquals(1, chacha.count(ChartModel.MarkKind.NOT_IN_PROFILE));
        assertEquals(1, chacha.count(ChartModel.MarkKind.NOT_STEADY));
        assertEquals(0, chacha.count(ChartModel.MarkKind.HARNESS_LIMIT) + chacha.count(ChartModel.MarkKind.PENDING));
        // a missing value is a mark at the foot of the axis, never a zero: the owner's series has no point there
        ChartModel.Mark failed = chacha.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.FAILED).findFirst().orElseThrow();
        assertEquals("JDK", failed.colorKey());
        assertEquals(1350.0, failed.x());
        assertTrue(Double.isNaN(failed.y()));
        assertTrue(chacha.series("JDK").points().stream().noneMatch(p -> p.x() == 1350.0));
        // the not-steady cell is drawn with its value and marked on it
        ChartModel.Mark unsteady = chacha.marks().stream().filter(m -> m.kind() == ChartModel.MarkKind.NOT_STEADY).findFirst().orElseThrow();
        assertEquals(150000.0 * 16384 / 1e6, unsteady.y(), 1e-6);
        // FAILED is the first footnote, with its reason on one line
        assertTrue(chacha.footnotes().get(0).startsWith("[1] ✕ FAILED: java.lang.IllegalStateException: seal produced a record that open rejects — JDK at 1350"),
                chacha.footnotes().get(0));

        List<ChartModel> hs = charts.get("handshake-cost");
        ChartModel server = Fixtures.chart(hs, "jdk17-handshake-cost-server");
        assertEquals(1, server.count(ChartModel.MarkKind.HARNESS_LIMIT));
        assertEquals(1, server.count(ChartModel.MarkKind.UNSUPPORTED));
        ChartModel client = Fixtures.chart(hs, "jdk17-handshake-cost-client");
        assertEquals(1, client.count(ChartModel.MarkKind.PENDING));
    }

    @Test
    void theCountsTheCsvAndThePageAgree() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path out = PlotMain.run(dir.toString());
        JvmRun jdk17 = Fixtures.run(Fixtures.load(dir), "jdk17");
        Map<CellStatus, Integer> counts = StatusSection.counts(jdk17);
        assertEquals(1, counts.get(CellStatus.FAILED));
        assertEquals(1, counts.get(CellStatus.PENDING));
        assertEquals(1, counts.get(CellStatus.HARNESS_LIMIT));
        assertEquals(3, counts.get(CellStatus.UNSUPPORTED)); // ACCP: ChaCha20-Poly1305 at both sizes, X25519 server
        // the full matrix: record 4 x 2 x 2 x 2 + handshake-cost 4 x 2 x 2 = 48 cells, 31 planned
        assertEquals(48, jdk17.outcomes().size());
        assertEquals(48 - 31, counts.get(CellStatus.NOT_IN_PROFILE));

        String svg = Files.readString(out.resolve("charts/jdk17-record-chacha20-poly1305-byte-array.svg"));
        for (String text : List.of(">✕<", ">∅<", ">·<", ">~<", "FAILED: java.lang.IllegalStateException", "not in this profile")) {
            assertTrue(svg.contains(text), "the SVG has the text " + text);
        }
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        long failedRows = csv.stream().filter(l -> l.contains(",FAILED,")).count();
        assertEquals(1, failedRows);
        assertTrue(csv.stream().anyMatch(l -> l.contains(",pending,")));
        assertTrue(csv.stream().anyMatch(l -> l.contains(",harness limit,")));

        String html = Files.readString(out.resolve("index.html"));
        int status = html.indexOf("id=\"status\"");
        int firstFailed = html.indexOf("<tr class=\"st-FAILED\">", status);
        int firstPending = html.indexOf("<tr class=\"st-pending\">", status);
        assertTrue(status > 0 && firstFailed > status && firstPending > firstFailed, "FAILED listed first, then pending");
        assertTrue(html.indexOf("id=\"details\"") > firstPending, "before the details");
        assertTrue(!html.contains("n/a"), "a state is never n/a");
    }
}
