package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.WarmupCurves;
import dev.tlsbench.report.cli.PlotMain;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warmup-profile cell (no warmup, many short iterations from JVM start) is charted as a curve per
 * fork and their mean, and said as the time after which it stays within 10% of its final level.
 */
class WarmupCurvesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "dev.tlsbench.record.AeadRecordBench.seal aead=AES_128_GCM buffer=BYTE_ARRAY provider=JDK size=16384";

    @TempDir
    Path tmp;

    /** The hand-made run with the JDK's 16 KiB AES-GCM cell made a warmup curve: 2 forks x 30 iterations of 200 ms. */
    private Path warmupRun() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path cells = dir.resolve("jdk17/cells.json");
        JsonNode c = JSON.readTree(cells.toFile());
        for (JsonNode cell : c.path("cells")) {
            if (cell.path("key").asText().equals(KEY)) {
                ((ObjectNode) cell).put("timing", "-f 2 -wi 0 -w 0ms -i 30 -r 200ms");
            }
        }
        Files.writeString(cells, JSON.writeValueAsString(c));
        Path jmh = dir.resolve("jdk17/jmh.json");
        JsonNode results = JSON.readTree(jmh.toFile());
        for (JsonNode r : results) {
            if (r.path("params").path("provider").asText().equals("JDK") && r.path("params").path("size").asText().equals("16384")
                    && r.path("params").path("aead").asText().equals("AES_128_GCM")) {
                ArrayNode raw = ((ObjectNode) r.path("primaryMetric")).putArray("rawData");
                for (int f = 0; f < 2; f++) {
                    ArrayNode fork = raw.addArray();
                    for (int i = 0; i < 30; i++) {
                        // from 100 000 up by 10 000 per iteration, level at 200 000 from iteration 10 on
                        fork.add(i < 10 ? 100000 + 10000 * i + f * 1000 : 200000 + f * 1000);
                    }
                }
            }
        }
        Files.writeString(jmh, JSON.writeValueAsString(results));
        return dir;
    }

    @Test
    void aCurveSaysWhenItIsWarm() throws Exception {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(warmupRun()), "jdk17");
        Map<String, List<WarmupCurves.Curve>> curves = WarmupCurves.curves(jdk17);
        assertEquals(1, curves.size());
        WarmupCurves.Curve c = curves.values().iterator().next().get(0);
        assertEquals(200500, c.finalLevel(), 1e-9, "the mean of the last third of both forks");
        // iteration 8 (180 500) is the first within 10% of 200 500 with all later ones: it starts 8 x 0.2 s in
        assertEquals(1.6, c.warmAfterSeconds(), 1e-9);
        assertEquals(30, c.mean().size());

        List<ChartModel> charts = WarmupCharts.charts(jdk17, false);
        assertEquals(1, charts.size());
        ChartModel chart = charts.get(0);
        assertEquals(2, chart.series().stream().filter(ChartModel.Series::faint).count(), "each fork, faint");
        ChartModel.Series mean = chart.series().stream().filter(s -> !s.faint()).findFirst().orElseThrow();
        assertEquals(0.2, mean.points().get(0).x(), 1e-12, "x: seconds since the first iteration");
        assertEquals(200500.0 * 16384 / 1e6, mean.points().get(29).y(), 1e-6, "MB/s, as the family's chart");
        assertTrue(chart.subtitle().contains("JDK warm after 1.60 s"), chart.subtitle());
        assertTrue(chart.caption().stream().noneMatch(line -> line.contains("error bars")), "it draws none, so its caption claims none");
    }

    @Test
    void theReportHasATimeToSteadyStateSection() throws Exception {
        Path out = PlotMain.run(warmupRun().toString());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("id=\"warmup\""));
        assertTrue(html.contains("<td>1.60 s</td>"));
        assertTrue(Files.exists(out.resolve("charts/jdk17-warmup-record-1.png")));
    }
}
