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
 * Every cell state is its own mark on the chart: in the hand-made fixture JDK 17 has one FAILED,
 * two unsupported, one not-in-profile and one not-steady cell on the ChaCha20 chart, and a harness
 * limit and a pending cell on the handshake charts. (The same states counted, in the SVG, the CSV
 * and the page: html.CellStatesOutputTest.)
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
}
