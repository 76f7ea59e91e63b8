package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.cli.PlotMain;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell state is counted and shown: in the hand-made fixture, the counts per state, the marks'
 * symbols and footnotes as text in the SVG, the states in the CSV, and the FAILED cell listed before
 * anything else in the page's cell list. (The marks in the chart model: chart.CellStatesTest.)
 */
class CellStatesOutputTest {

    @TempDir
    Path tmp;

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
