package dev.tlsbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.CellState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** calibration.json of every schema reads into the current record; the current one round-trips. */
class CalibrationFileTest {

    static Stream<Path> committedCalibrations() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("docs", "calibration"))) {
            List<Path> files = dirs.map(d -> d.resolve("calibration.json")).filter(Files::exists).sorted().toList();
            assertFalse(files.isEmpty(), "docs/calibration keeps the calibrations of the fixed sample");
            return files.stream();
        }
    }

    /** The committed ones are bare arrays (before the schema stamp) with JMH's errors and the point-estimate verdict. */
    @ParameterizedTest
    @MethodSource("committedCalibrations")
    void aCommittedCalibrationOfTheOldDesignReadsThroughTheMigration(Path file) {
        int entries = ResultFiles.readTree(file).size();
        CalibrationFile c = ResultFiles.readCalibration(file);
        assertEquals(Schema.CURRENT, c.schema());
        assertEquals(Migration.FIXED_SAMPLE, c.sample());
        assertNull(c.seed());
        assertTrue(c.summaries().isEmpty());
        assertEquals(entries, c.cells().size());
        for (CalibrationFile.Entry e : c.cells()) {
            assertNull(e.passed(), "not judged by the interval rule: " + e.cell());
            assertTrue(e.verdict().endsWith("±10% on the point estimate (the rule before schema 6)"), e.verdict());
            if (e.quick().state() == CellState.MEASURED) {
                assertNotNull(e.quick().score());
                assertFalse(e.quick().rawData().isEmpty(), "the samples are kept");
                assertNull(e.quick().lo());
            }
        }
    }

    @Test
    void aStampedSchema5FileReadsToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calibration.json");
        ObjectNode root = Json.MAPPER.createObjectNode().put("schema", 5);
        ArrayNode cells = root.putArray("cells");
        ObjectNode cell = cells.addObject().put("jvm", "jdk17").put("family", "kdf").put("cell", "K").put("ratio", 0.93)
                .put("ratioError", 0.2).put("faithful", false);
        cell.putObject("quick").put("state", "measured").put("score", 93.0).put("error", 30.0).putArray("rawData").addArray().add(93.0);
        Files.writeString(file, Json.MAPPER.writeValueAsString(root));
        CalibrationFile c = ResultFiles.readCalibration(file);
        CalibrationFile.Entry e = c.cells().get(0);
        assertEquals(0.93, e.ratio());
        assertEquals("outside ±10% on the point estimate (the rule before schema 6)", e.verdict());
        assertEquals(93.0, e.quick().score());
    }

    @Test
    void theCurrentShapeRoundTrips(@TempDir Path dir) throws IOException {
        CalibrationFile.Measurement m = new CalibrationFile.Measurement(CellState.MEASURED, "", 100.0, 99.0, 101.0,
                "95% hierarchical bootstrap, 2 forks × 5 iterations", true, "", List.of(List.of(100.0, 100.0), List.of(99.0, 101.0)));
        CalibrationFile written = new CalibrationFile(Schema.CURRENT, 20261130154512L, "1/4", 124, "seed ...", 0.95,
                List.of(new CalibrationFile.Summary("jdk17", 1, 1, 1, new CalibrationFile.Distribution(1, 0.01, 0.01, 0.01, 0.01),
                        new CalibrationFile.Distribution(1, 1.0, 1.0, 1.0, 1.0))),
                List.of(new CalibrationFile.Entry("jdk17", "kdf", "K", "-f 2", "-f 2", m, m, 1.0, 0.98, 1.02, "paired neighbouring forks",
                        true, true, true, "pass (1.000)")));
        Json.write(dir.resolve("calibration.json"), written);
        assertEquals(written, ResultFiles.readCalibration(dir.resolve("calibration.json")));
    }

    @Test
    void aFileWithoutCellsIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calibration.json");
        Files.writeString(file, "{\"schema\": 6}");
        ResultFileException e = assertThrows(ResultFileException.class, () -> ResultFiles.readCalibration(file));
        assertTrue(e.getMessage().contains("not a calibration.json of scripts/calibrate: no \"cells\" array"), e.getMessage());
    }
}
