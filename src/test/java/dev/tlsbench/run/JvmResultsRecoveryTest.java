package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.results.CellRecord;
import dev.tlsbench.results.CellsFile;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged {@code <jvm>/cells.json} or {@code jmh.json} on --resume: one line naming the file and what
 * is wrong, and the cell list rebuilt from what survives (status.tsv and jmh.json), so the kept cells
 * stay kept and only the rest run again.
 */
class JvmResultsRecoveryTest {

    private static final String JVM = "jdk17";

    @TempDir
    Path run;

    private List<Plan.Planned> plan;
    private Path jvmDir;

    @BeforeEach
    void aRunThatMeasuredOneCellAndFoundOneUnsupported() throws IOException {
        plan = Plan.of(RunOptions.parse(List.of("smoke", "--families", "kdf"), ResultPaths.defaultJava())).cells();
        assertTrue(plan.size() >= 3, "the test needs three cells");
        jvmDir = run.resolve(JVM);
        JvmResults r = JvmResults.load(jvmDir, JVM);
        r.plan(plan);
        r.save();
        Cell measured = plan.get(0).cell();
        Files.writeString(jvmDir.resolve("jmh.json"), "[" + jmhResult(measured) + "]");
        StringBuilder status = new StringBuilder("# jvm\tfamily\tstate\tseconds\tcell\treason\n");
        for (int i = 0; i < plan.size(); i++) {
            String state = i == 0 ? "measured" : i == 1 ? "unsupported" : i == 2 ? "FAILED" : "pending";
            status.append(JVM).append("\tkdf\t").append(state).append("\t").append(i < 3 ? "1.5" : "").append('\t')
                    .append(plan.get(i).cell().key()).append('\t').append(i == 1 ? "no such algorithm here" : "").append('\n');
        }
        Files.writeString(run.resolve("status.tsv"), status.toString());
    }

    @Test
    void aTruncatedCellsJsonIsRebuiltFromStatusAndJmhJson() throws IOException {
        Path cells = jvmDir.resolve("cells.json");
        String whole = Files.readString(cells);
        Files.writeString(cells, whole.substring(0, whole.length() / 2));

        JvmResults r = JvmResults.load(jvmDir, JVM);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        String w = r.warnings().get(0);
        assertFalse(w.contains("\n"), "one line: " + w);
        assertTrue(w.contains(cells.toString()) && w.contains("Unexpected end-of-input"), "names the file and what is wrong: " + w);
        assertTrue(w.contains("rebuilt") && w.contains("2 cells kept (1 measured, 1 unsupported)"), "says the way on: " + w);
        assertTrue(Files.exists(jvmDir.resolve("cells.json.damaged")), "the damaged file is kept");

        r.plan(plan);
        assertTrue(r.done(plan.get(0).cell()), "measured, with its JMH result: kept");
        assertTrue(r.done(plan.get(1).cell()), "unsupported: kept");
        assertFalse(r.done(plan.get(2).cell()), "FAILED: runs again");
        assertFalse(r.done(plan.get(3).cell()), "pending: runs");
        CellRecord unsupported = r.cells().get(1);
        assertEquals(CellState.UNSUPPORTED, unsupported.state());
        assertEquals("no such algorithm here", unsupported.reason());
        assertEquals(plan.get(1).cell().benchmark(), unsupported.benchmark(), "the rest of the cell from the plan");
        r.save();
        assertEquals(plan.size(), ResultFiles.readCells(cells).cells().size(), "cells.json whole again");
    }

    @Test
    void aDamagedJmhJsonSendsItsMeasuredCellsBackToTheQueue() throws IOException {
        JvmResults before = JvmResults.load(jvmDir, JVM);
        before.plan(plan);
        before.save(); // jmh.json is empty here, so write what a run leaves: the cell measured, its result in jmh.json
        Path cellsFile = jvmDir.resolve("cells.json");
        CellsFile saved = ResultFiles.readCells(cellsFile);
        List<CellRecord> cells = new ArrayList<>(saved.cells());
        cells.set(0, cells.get(0).with(CellState.MEASURED, "", 1.0));
        Json.write(cellsFile, new CellsFile(saved.schema(), saved.jvm(), cells));
        Files.writeString(jvmDir.resolve("jmh.json"), "[" + jmhResult(plan.get(0).cell()) + "]");
        Files.writeString(jvmDir.resolve("jmh.json"), Files.readString(jvmDir.resolve("jmh.json")).substring(0, 20));

        JvmResults r = JvmResults.load(jvmDir, JVM);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains(jvmDir.resolve("jmh.json").toString())
                && r.warnings().get(0).contains("1 measured cell will run again"), r.warnings().get(0));
        r.plan(plan);
        assertFalse(r.done(plan.get(0).cell()), "a measured cell without its result runs again");
    }

    /**
     * A run killed after writing a fork to jmh.json but before cells.json recorded it: the fork is
     * dropped (a resumed run runs it again) and the kept forks stay; a cell saved before forks were
     * recorded gets one record per fork of its result.
     */
    @Test
    void aForkInJmhJsonThatCellsJsonDoesNotRecordRunsAgain() throws IOException {
        Path cellsFile = jvmDir.resolve("cells.json");
        CellsFile saved = ResultFiles.readCells(cellsFile);
        List<CellRecord> cells = new ArrayList<>(saved.cells());
        cells.set(0, cells.get(0).with(CellState.MEASURED, "", 1.0)
                .withForks(List.of(new CellRecord.Fork(1, "2026-12-07T20:00:00Z", 1.0, List.of(5.0), null, null))));
        cells.set(1, cells.get(1).with(CellState.MEASURED, "", 2.0)); // as written before forks were recorded
        Json.write(cellsFile, new CellsFile(saved.schema(), saved.jvm(), cells));
        // cell 0: its second fork reached jmh.json only; cell 1: two forks, no records
        String twoForks = jmhResult(plan.get(0).cell()).replace("[[1.0]]", "[[1.0],[3.0]]").replace("\"forks\":1", "\"forks\":2");
        String legacy = jmhResult(plan.get(1).cell()).replace("[[1.0]]", "[[4.0],[6.0]]");
        Files.writeString(jvmDir.resolve("jmh.json"), "[" + twoForks + "," + legacy + "]");

        JvmResults r = JvmResults.load(jvmDir, JVM);
        r.plan(plan);
        assertEquals(1, r.forks(plan.get(0).cell()), "the unrecorded fork is dropped");
        assertEquals(List.of(1.0), r.forkMeans(plan.get(0).cell()));
        assertEquals(2, r.forks(plan.get(1).cell()), "a record per fork of an older cell's result");
        assertEquals(List.of(4.0, 6.0), r.forkMeans(plan.get(1).cell()));
        assertEquals(List.of(1.0, 1.0), r.forkSeconds(plan.get(1).cell()), "its seconds shared by its forks");
        r.save();
        var jmh = Json.MAPPER.readTree(jvmDir.resolve("jmh.json").toFile());
        assertEquals(1, jmh.get(0).at("/primaryMetric/rawData").size());
        assertEquals(1, jmh.get(0).path("forks").asInt());
    }

    /** A cells.json of a newer schema is not "damaged": it is refused, never rebuilt over. */
    @Test
    void aCellsJsonOfANewerSchemaIsRefusedNotRebuilt() throws IOException {
        Path cells = jvmDir.resolve("cells.json");
        Files.writeString(cells, Files.readString(cells).replaceFirst("\"schema\" : \\d+", "\"schema\" : 99"));
        RunRefused e = assertThrows(RunRefused.class, () -> JvmResults.load(jvmDir, JVM));
        assertTrue(e.getMessage().contains("schema 99 is newer than this build reads"), e.getMessage());
        assertFalse(Files.exists(jvmDir.resolve("cells.json.damaged")), "nothing rebuilt");
    }

    /** A JMH JSON result element with what JvmResults reads of it (benchmark, params, threads). */
    private static String jmhResult(Cell c) throws IOException {
        var n = Json.MAPPER.createObjectNode();
        n.put("benchmark", c.benchmark());
        n.put("threads", c.threads());
        c.params().forEach(n.putObject("params")::put);
        var metric = n.putObject("primaryMetric");
        metric.put("score", 1.0);
        metric.putArray("rawData").addArray().add(1.0);
        n.put("forks", 1);
        return Json.MAPPER.writeValueAsString(n);
    }
}
