package dev.tlsbench.report.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.html.Html;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.report.input.JvmRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/plot A B C: three result directories (two JVMs each: six runs) make one report with a
 * ratio matrix of every run against the baseline (the first, or --baseline), intervals on the
 * ratios, and a warning where the machines differ.
 */
class ComparisonTest {

    @TempDir
    Path tmp;

    /** A copy of the hand-made run under another name, on another CPU. */
    private Path otherMachine(String name) throws IOException {
        Path d = Fixtures.copy("handmade", tmp.resolve(name));
        Path env = d.resolve("env.json");
        Files.writeString(env, Files.readString(env).replace("Test CPU @ 2.00GHz", "Other CPU @ 3.00GHz")
                .replace("\"avx512f\": false", "\"avx512f\": true"));
        return d;
    }

    @Test
    void threeDirectoriesMakeOneReportWithARatioMatrix() throws IOException {
        Path a = Fixtures.handmade(tmp);
        Path b = Fixtures.copy("handmade", tmp.resolve("sameMachine"));
        Path c = otherMachine("otherMachine");
        Path out = PlotMain.run(a.toString(), b.toString(), c.toString());
        assertEquals(tmp.resolve("compare_handmade+2"), out);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Comparison with handmade/jdk17 (the baseline)"));
        // one matrix column per other run: 5 of the 6
        for (String run : new String[] {"handmade/jdk25", "sameMachine/jdk17", "sameMachine/jdk25", "otherMachine/jdk17", "otherMachine/jdk25"}) {
            assertTrue(html.contains("<th>" + run + "</th>"), run);
        }
        // the same cell on an identical copy: 1x, a tie, with the interval the bootstrap gives the cell against itself
        JvmRun base = Fixtures.run(Fixtures.load(a), "jdk17");
        Evidence e = base.outcomes().stream().filter(o -> o.measured() && o.owner().equals("JDK") && "16384".equals(o.param("size"))
                && "AES_128_GCM".equals(o.param("aead"))).findFirst().orElseThrow().evidence();
        Ratio self = Ratio.of(e, "base", e, "other");
        assertEquals(1.0, self.value(), 1e-12);
        assertEquals("tie", self.verdictWord());
        assertTrue(html.contains(Html.esc(self.text()) + " <small>tie</small>"), "the JDK's 16 KiB AES-GCM against itself");
        assertTrue(html.contains("WARNING: otherMachine/jdk17 and handmade/jdk17 ran on different machines"));
        assertTrue(html.contains("<td>CPU model</td><td>Test CPU @ 2.00GHz</td><td>Other CPU @ 3.00GHz</td>"));
        assertTrue(html.contains("<td>CPU flags</td>"), "avx512f differs");
        assertTrue(html.contains("sameMachine/jdk17 and handmade/jdk17 ran on the same kind of machine"));
        assertTrue(Files.exists(out.resolve("charts/ratio-r6-jdk25-vs-r1-jdk17-record.png")));
        assertTrue(Files.exists(out.resolve("charts/headline-r2-jdk25-vs-r1-jdk17.svg")));
    }

    @Test
    void theBaselineCanBeChosen() throws IOException {
        Path a = Fixtures.handmade(tmp);
        Path b = otherMachine("other");
        Path out = PlotMain.run("--baseline", "other/jdk25", "--out", tmp.resolve("o").toString(), a.toString(), b.toString());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Comparison with other/jdk25 (the baseline)"), "by label");
        out = PlotMain.run("--baseline", "2", "--out", tmp.resolve("o2").toString(), a.toString(), b.toString());
        assertTrue(Files.readString(out.resolve("index.html")).contains("Comparison with handmade/jdk25 (the baseline)"), "by number");
        PlotMain.UsageException e = assertThrows(PlotMain.UsageException.class,
                () -> PlotMain.run("--baseline", "jdk21", a.toString()));
        assertEquals("--baseline jdk21: no such run; the runs are 1 = jdk17, 2 = jdk25", e.getMessage());
    }
}
