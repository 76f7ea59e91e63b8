package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt inputs: a message naming the file and the problem, and nothing written. */
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
    void emptyJson() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Path f = dir.resolve("jdk17/rsa.json");
        Files.write(f, new byte[0]);
        assertEquals(f + ": empty file (0 bytes)", failure(dir));
    }

    @Test
    void truncatedJson() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Path f = dir.resolve("jdk17/rsa.json");
        String all = Files.readString(f);
        Files.writeString(f, all.substring(0, all.length() / 2));
        String m = failure(dir);
        assertTrue(m.startsWith(f + ": truncated JSON (unexpected end of input) at line "), m);
    }

    @Test
    void jsonThatIsNotJmh() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Path f = dir.resolve("jdk17/rsa.json");
        Files.writeString(f, "{\"hello\": 1}");
        assertEquals(f + ": not a JMH JSON result: expected a JSON array of benchmark results, found object", failure(dir));
        Files.writeString(f, "[{\"benchmark\": \"a.B.c\"}]");
        assertEquals(f + ": not a JMH JSON result: result #1 lacks benchmark, mode or primaryMetric.score", failure(dir));
    }

    @Test
    void missingJsonThatStatusSaysFinished() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Files.delete(dir.resolve("jdk17/rsa.json"));
        assertEquals(dir.resolve("jdk17/rsa.json") + ": missing, although status.tsv says the family finished", failure(dir));
    }

    @Test
    void directoryWithoutEnvJson() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Files.delete(dir.resolve("env.json"));
        String m = failure(dir);
        assertTrue(m.startsWith(dir.resolve("env.json") + ": missing: " + dir + " is not a scripts/bench result directory"), m);
    }

    @Test
    void envJsonThatIsNotOurs() throws Exception {
        Path dir = Fixtures.run17(tmp);
        Files.writeString(dir.resolve("env.json"), "{\"profile\": \"quick\"}");
        assertEquals(dir.resolve("env.json") + ": not a tls-crypto-bench env.json: no \"jvms\" array", failure(dir));
    }
}
