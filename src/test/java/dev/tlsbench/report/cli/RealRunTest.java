package dev.tlsbench.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.chart.ChartRenderer;
import dev.tlsbench.report.chart.ReportCharts;
import dev.tlsbench.report.html.Html;
import dev.tlsbench.report.input.JvmRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real run (a trimmed scripts/bench smoke run on JDK 17 and 25): every chart as a
 * 2x PNG and an SVG whose text is text, short file names, the record charts ticked at the measured
 * sizes, a CSV row per cell, and an index.html that references its charts and stays small.
 */
class RealRunTest {

    @TempDir
    Path tmp;

    @Test
    void everyChartIsA2xPngAndAnSvgWithText() throws Exception {
        Path dir = Fixtures.smoke(tmp);
        Path out = PlotMain.run(dir.toString());
        List<JvmRun> runs = Fixtures.load(dir);
        List<ChartModel> charts = ReportCharts.of(Fixtures.inputs(runs)).all();
        assertTrue(charts.size() >= 10, charts.size() + " charts");
        for (ChartModel c : charts) {
            assertTrue(c.id().length() <= 48 && c.id().matches("[a-z0-9-]+"), "short file name: " + c.id());
            BufferedImage png = ImageIO.read(out.resolve("charts/" + c.id() + ".png").toFile());
            assertEquals(ChartRenderer.WIDTH * ChartRenderer.SCALE, png.getWidth(), c.id());
            String svg = Files.readString(out.resolve("charts/" + c.id() + ".svg"));
            assertTrue(svg.contains(">" + Html.esc(c.title()) + "</text>"), c.id() + ": the title is SVG text");
            assertFalse(svg.contains("SansSerif"), "fonts a browser knows");
            assertTrue(c.y().label().endsWith("higher is better") || c.horizontal(), c.id() + ": " + c.y().label());
        }
        ChartModel seal = Fixtures.chart(charts, "jdk17-record-seal-aes-128-gcm-byte-array");
        assertEquals(List.of("1350", "16 KiB"), seal.x().tickLabels(), "ticked at the measured sizes");
        assertTrue(seal.x().log());
        String caption = String.join(" ", seal.caption());
        for (String s : List.of("AMD EPYC", "aes ✓", "vaes", "vpclmulqdq", "avx512f", "UseAESIntrinsics=true", "UseGHASHIntrinsics", "profile smoke".substring(8))) {
            assertTrue(caption.contains(s), "caption has " + s + ": " + caption);
        }
        String chacha17 = String.join(" ", Fixtures.chart(charts, "jdk17-record-seal-chacha20-poly1305-byte-array").caption());
        assertTrue(chacha17.contains("UseChaCha20Intrinsics: not in this JVM"), chacha17);
        String chacha25 = String.join(" ", Fixtures.chart(charts, "jdk25-record-seal-chacha20-poly1305-byte-array").caption());
        assertTrue(chacha25.contains("UseChaCha20Intrinsics=true"), chacha25);
        assertTrue(seal.references().get(0).label().startsWith("OpenSSL 3.0"), "the native reference");
    }

    @Test
    void theCsvHasOneRowPerCellAndThePageIsSmall() throws Exception {
        Path dir = Fixtures.smoke(tmp);
        Path out = PlotMain.run(dir.toString());
        List<JvmRun> runs = Fixtures.load(dir);
        int cells = runs.stream().mapToInt(r -> r.outcomes().size()).sum();
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(cells + 1, lines.size(), "a header and one row per cell of every state");
        // every planned cell of cells.json is a row, with its state
        long planned = 0;
        for (JvmRun r : runs) {
            String json = Files.readString(dir.resolve(r.id()).resolve("cells.json"));
            Matcher m = Pattern.compile("\"key\"").matcher(json);
            while (m.find()) {
                planned++;
            }
        }
        assertEquals(planned, lines.stream().filter(l -> !l.contains(",not in profile,")).count() - 1);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.length() < 1_000_000, "index.html is " + html.length() + " bytes");
        assertFalse(html.contains("data:image"), "charts are referenced, not embedded");
        assertTrue(html.indexOf("id=\"headline\"") < html.indexOf("id=\"toc\""), "the headline comes first");
        assertTrue(html.indexOf("id=\"correctness\"") > html.indexOf("id=\"details\""), "correctness last");
        assertTrue(Files.readString(out.resolve("summary.md")).contains("### (c) Fastest per question"));
    }
}
