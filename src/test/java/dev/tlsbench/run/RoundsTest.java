package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timing of a cell's next fork, read from the forks a run kept: as planned while its forks
 * settle, longer (twice the samples per fork that did not settle, at most four times) once one did
 * not, so that its steady state has room to show; the time the runner budgets for it grows alike.
 */
class RoundsTest {

    private static final String JVM = "jdk17";

    @TempDir
    Path run;

    private static final List<Double> FLAT = List.of(100.0, 101.0, 99.0, 100.5, 99.5, 100.0, 100.2, 99.8);
    private static final List<Double> CLIMBING = List.of(60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0, 95.0);

    @Test
    void aCellWhoseForksDidNotSettleGetsLongerForks() throws IOException {
        List<Plan.Planned> plan = Plan.of(RunOptions.parse(List.of("quick", "--families", "record"), ResultPaths.defaultJava())).cells();
        Plan.Planned settled = plan.get(0);
        Plan.Planned oneUnsettled = plan.get(1);
        Plan.Planned twoUnsettled = plan.get(2);
        Plan.Planned threeUnsettled = plan.get(3);
        JvmResults r = kept(plan, List.of(
                new Kept(settled, List.of(FLAT, FLAT)),
                new Kept(oneUnsettled, List.of(FLAT, CLIMBING)),
                new Kept(twoUnsettled, List.of(CLIMBING, CLIMBING)),
                new Kept(threeUnsettled, List.of(CLIMBING, CLIMBING, CLIMBING))));
        Rounds rounds = new Rounds(plan, r, p -> {
            throw new AssertionError("nothing runs here");
        }, null, Clock.systemUTC());

        assertSame(settled, rounds.nextForkOf(settled), "settled forks: the next one as planned");
        assertSame(plan.get(4), rounds.nextForkOf(plan.get(4)), "no fork yet: as planned");
        int planned = oneUnsettled.timing().iterations();
        assertEquals(2 * planned, rounds.nextForkOf(oneUnsettled).timing().iterations());
        assertEquals(4 * twoUnsettled.timing().iterations(), rounds.nextForkOf(twoUnsettled).timing().iterations());
        assertEquals(Rounds.MAX_LONGER * threeUnsettled.timing().iterations(), rounds.nextForkOf(threeUnsettled).timing().iterations(),
                "capped");
        assertEquals(oneUnsettled.timing().warmupIterations(), rounds.nextForkOf(oneUnsettled).timing().warmupIterations(),
                "the warmup stays: the longer fork measures where it settles");

        Duration extra = oneUnsettled.timing().iterationTime().multipliedBy(planned);
        assertEquals(rounds.nextFork(settled).plus(extra), rounds.nextFork(oneUnsettled), "the budget counts the longer fork's time");

        Rounds fixed = new Rounds(plan, r, p -> {
            throw new AssertionError("nothing runs here");
        }, null, Clock.systemUTC(), false);
        assertSame(oneUnsettled, fixed.nextForkOf(oneUnsettled), "a profile of fixed timing keeps it");
    }

    @Test
    void aLongerForkAlreadyRunIsCountedAtItsPlannedLengthBeforeTheNextOnesExtra() throws IOException {
        List<Plan.Planned> plan = Plan.of(RunOptions.parse(List.of("quick", "--families", "record"), ResultPaths.defaultJava())).cells();
        Plan.Planned p = plan.get(1);
        double measuring = p.timing().iterationTime().multipliedBy(p.timing().iterations()).toMillis() / 1000.0;
        // fork 1 (planned length, 10 s) did not settle; fork 2 ran twice the samples and took 10 s + its extra, and did not settle either
        JvmResults r = kept(plan, List.of(new Kept(p, List.of(CLIMBING, CLIMBING))), List.of(10.0, 10.0 + measuring),
                java.util.Arrays.asList(null, p.timing().longer(2).withForks(1).toString()));
        Rounds rounds = new Rounds(plan, r, q -> {
            throw new AssertionError("nothing runs here");
        }, null, Clock.systemUTC());
        assertEquals(4 * p.timing().iterations(), rounds.nextForkOf(p).timing().iterations());
        assertEquals(Duration.ofMillis(Math.round((10.0 + 3 * measuring) * 1000)), rounds.nextFork(p),
                "10 s as planned, plus three times the measuring a fourfold fork adds");
    }

    private record Kept(Plan.Planned cell, List<List<Double>> forks) {
    }

    private JvmResults kept(List<Plan.Planned> plan, List<Kept> kept) throws IOException {
        return kept(plan, kept, null, null);
    }

    /**
     * A run directory whose cells kept these forks (fork i in round i), loaded as a resumed run would;
     * every fork took 10 s as planned unless {@code seconds} and {@code timings} (for the first cell) say otherwise.
     */
    private JvmResults kept(List<Plan.Planned> plan, List<Kept> kept, List<Double> seconds, List<String> timings) throws IOException {
        Path jvmDir = run.resolve(JVM);
        JvmResults fresh = JvmResults.load(jvmDir, JVM);
        fresh.plan(plan);
        fresh.save();
        Path cellsFile = jvmDir.resolve("cells.json");
        CellsFile saved = ResultFiles.readCells(cellsFile);
        List<CellRecord> cells = new ArrayList<>(saved.cells());
        StringBuilder jmh = new StringBuilder("[");
        for (Kept k : kept) {
            int i = plan.indexOf(k.cell());
            List<CellRecord.Fork> records = new ArrayList<>();
            for (int f = 0; f < k.forks().size(); f++) {
                boolean first = k == kept.get(0) && seconds != null;
                records.add(new CellRecord.Fork(f + 1, "2026-12-08T03:00:0" + f + "Z", first ? seconds.get(f) : 10.0, List.of(), null,
                        first ? timings.get(f) : null));
            }
            cells.set(i, cells.get(i).with(CellState.MEASURED, "", 10.0 * records.size()).withForks(records));
            jmh.append(jmh.length() > 1 ? "," : "").append(jmhResult(k.cell().cell(), k.forks()));
        }
        Json.write(cellsFile, new CellsFile(saved.schema(), saved.jvm(), cells));
        Files.writeString(jvmDir.resolve("jmh.json"), jmh.append("]").toString());
        JvmResults r = JvmResults.load(jvmDir, JVM);
        r.plan(plan);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        return r;
    }

    private static String jmhResult(Cell c, List<List<Double>> forks) throws IOException {
        var n = Json.MAPPER.createObjectNode();
        n.put("benchmark", c.benchmark());
        n.put("threads", c.threads());
        var params = n.putObject("params");
        c.params().forEach(params::put);
        var metric = n.putObject("primaryMetric");
        metric.put("score", forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow());
        var raw = metric.putArray("rawData");
        forks.forEach(f -> f.forEach(raw.addArray()::add));
        n.put("forks", forks.size());
        return Json.MAPPER.writeValueAsString(n);
    }
}
