package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.Comparison;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headline's ratio chart: a forest plot on a log2 axis with a line at 1, each point with its ratio's interval. */
class RatioChartTest {

    @TempDir
    Path tmp;

    @Test
    void theHeadlineRatioChartDrawsEachRatioWithItsInterval() {
        List<JvmRun> runs = Fixtures.load(Fixtures.handmade(tmp));
        Comparison.Row jdk = Comparison.rows(Fixtures.run(runs, "jdk17"), Fixtures.run(runs, "jdk25")).stream()
                .filter(r -> r.owner().equals("JDK") && "16384".equals(r.base().param("size"))).findFirst().orElseThrow();
        ChartModel headline = ComparisonCharts.headline(Fixtures.run(runs, "jdk17"), Fixtures.run(runs, "jdk25"), false).orElseThrow();
        assertTrue(headline.horizontal());
        assertEquals(ChartModel.Scale.LOG2, headline.y().scale());
        assertEquals(1.0, headline.references().get(0).lineAt(), "a line at 1");
        ChartModel.Point p = headline.series("JDK").points().stream().filter(x -> x.cellKey().contains("size=16384")).findFirst().orElseThrow();
        assertEquals(jdk.ratio().lo(), p.lo(), 1e-12);
        assertEquals(jdk.ratio().hi(), p.hi(), 1e-12);
        assertEquals(List.of("TLS record protection: AES-128-GCM · 1350 B", "TLS record protection: AES-128-GCM · 16 KiB",
                        "RSA key transport vs ECDHE: the crypto of one handshake: TLS 1.2 RSA RSA-2048 · SERVER"),
                headline.x().tickLabels(), "the headline questions measured in both runs");
    }
}
