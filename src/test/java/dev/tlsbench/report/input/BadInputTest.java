package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.cli.PlotMain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: a message naming the file and what is wrong, and nothing written. Except the native
 * baseline and the environment probes: a report is still drawn, and says what is missing.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    private String failure(Path dir) {
        ReportInputException e = assertThrows(ReportInputException.class, () -> PlotMain.run(dir.toString()));
        assertFalse(Files.exists(dir.resolve("charts")), "no chart may be written");
        assertFalse(Files.exists(dir.resolve("index.html")));
        return e.getMessage();
    }

    @Test
    void directoryWithoutEnvJson() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Files.delete(dir.resolve("env.json"));
        String m = failure(dir);
        assertTrue(m.startsWith(dir.resolve("env.json") + ": missing: " + dir + " is not a scripts/bench result directory"), m);
    }

    @Test
    void aDirectoryOfANewerSchemaIsRefusedNamingTheVersions() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("plan.json");
        Files.writeString(f, Files.readString(f).replaceFirst("\\{", "{\"schema\": 99, "));
        String m = failure(dir);
        assertTrue(m.startsWith(f + ": schema 99 is newer than this build reads; this build reads schemas 1 to "), m);
    }

    @Test
    void truncatedJmhJson() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("jdk17/jmh.json");
        String all = Files.readString(f);
        Files.writeString(f, all.substring(0, all.length() / 2));
        String m = failure(dir);
        assertTrue(m.startsWith(f + ": truncated JSON (unexpected end of input) at line "), m);
    }

    @Test
    void jsonThatIsNotJmh() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("jdk17/jmh.json");
        Files.writeString(f, "{\"hello\": 1}");
        assertEquals(f + ": not a JMH JSON result: expected a JSON array of benchmark results, found object", failure(dir));
        Files.writeString(f, "[{\"benchmark\": \"a.B.c\"}]");
        assertEquals(f + ": not a JMH JSON result: result #1 lacks benchmark, mode or primaryMetric.score", failure(dir));
        Files.writeString(f, Files.readString(Fixtures.handmade(tmp.resolve("2")).resolve("jdk17/jmh.json")).replace("\"thrpt\"", "\"avgt\""));
        assertTrue(failure(dir).contains("the report reads throughput results"));
    }

    @Test
    void aMeasuredCellWithoutItsResult() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("jdk17/jmh.json");
        Files.writeString(f, "[]");
        String m = failure(dir);
        assertTrue(m.startsWith(f + ": no result for dev.tlsbench.record.AeadRecordBench.seal aead=AES_128_GCM buffer=BYTE_ARRAY provider=JDK size=1350,"
                + " which cells.json says was measured"), m);
    }

    @Test
    void anUnknownStateOrFamily() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("jdk17/cells.json");
        String cells = Files.readString(f);
        Files.writeString(f, cells.replaceFirst("\"state\": \"FAILED\"", "\"state\": \"n/a\""));
        assertTrue(failure(dir).startsWith(f + ": dev.tlsbench.record.AeadRecordBench.seal aead=CHACHA20_POLY1305 buffer=BYTE_ARRAY provider=JDK "
                + "size=1350: unknown state 'n/a'; valid:"));
        Files.writeString(f, cells.replaceFirst("\"family\": \"record\"", "\"family\": \"recrod\""));
        assertTrue(failure(dir).contains("is of family recrod, which plan.json does not describe"));
    }

    @Test
    void aMissingPlan() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Files.delete(dir.resolve("plan.json"));
        assertEquals(dir.resolve("plan.json") + ": missing: the report needs the run's plan (families, axes, charts)", failure(dir));
    }

    /** An unreadable openssl/speed.json is a warning: the report is drawn without the native marks, and says so. */
    @Test
    void anUnreadableNativeBaselineIsAWarning() throws Exception {
        Path dir = Fixtures.handmade(tmp);
        Path f = dir.resolve("openssl/speed.json");
        Files.writeString(f, "{\"available\": tr");
        Path out = PlotMain.run(dir.toString());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("native baseline: " + f + ": not readable JSON"), "the warning names the file");
        assertTrue(html.contains("native baseline unreadable: the report is drawn without it"));
        String svg = Files.readString(out.resolve("charts/jdk17-record-aes-128-gcm-byte-array.svg"));
        assertFalse(svg.contains("native, same CPU"), "no reference mark");
        // and with it readable, the mark is there
        Path ok = Fixtures.handmade(tmp.resolve("ok"));
        PlotMain.run(ok.toString());
        assertTrue(Files.readString(ok.resolve("charts/jdk17-record-aes-128-gcm-byte-array.svg")).contains("OpenSSL 3.0.99 native, same CPU"));
    }

    /** jdk25's TLS attribution probe failed ({"error": ...} in env.json): shown, not ignored. */
    @Test
    void aFailedEnvironmentProbeIsReported() throws Exception {
        Path out = PlotMain.run(Fixtures.handmade(tmp).toString());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("environment probe failed: TLS attribution (tlsAttribution): attribution.json unreadable: Unexpected end-of-input"));
    }
}
