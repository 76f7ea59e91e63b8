package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlsbench.bench.Timing;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/bench end to end, as a process, on a small smoke plan: an interrupted run keeps every
 * finished cell and --resume measures only the rest; a cell whose fork dies is FAILED, the run
 * keeps every other cell and exits 3; results are one JMH JSON array per JVM.
 */
class BenchRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** RSA key transport on two providers: four cells, all supported everywhere. */
    private static final String[] PLAN = {"smoke", "--families", "rsa", "--param", "provider=JDK,ACCP", "--no-plot"};

    @TempDir
    Path tmp;

    @Test
    void anInterruptedRunKeepsItsCellsAndResumeFinishesThem() throws Exception {
        Path out = tmp.resolve("run");
        Process p = bench(JAVA, out, PLAN);
        // A hang guard, not a timing: the environment probes precede the first cell (about a minute idle).
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (states(out).stream().noneMatch("measured"::equals)) {
            assertTrue(p.isAlive() && System.nanoTime() < deadline, "no cell measured: " + log(out));
            Thread.sleep(200);
        }
        p.destroy(); // SIGTERM, as an interrupt: the run must keep what it measured
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        List<String> interrupted = states(out);
        assertTrue(interrupted.contains("measured") && interrupted.contains("pending"), interrupted.toString());
        JsonNode env = JSON.readTree(out.resolve("env.json").toFile());
        assertEquals("interrupted", env.path("finishedHow").asText());
        // The crypto intrinsics are diagnostic flags: env.json has them, with their value, on every JDK.
        assertTrue(env.at("/jvms/0/flags/UseAESIntrinsics/value").asText().matches("true|false"), env.at("/jvms/0/flags").toString());
        assertTrue(env.at("/jvms/0/flags/UseGHASHIntrinsics/value").asText().matches("true|false"));
        Map<String, Double> before = scores(out);

        Process r = bench(JAVA, null, "--resume", out.toString());
        assertTrue(r.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, r.exitValue(), log(out));
        assertEquals(List.of("measured", "measured", "measured", "measured"), states(out));
        // A cell measured again would have another score: the scores of the first session must stay.
        before.forEach((cell, score) -> assertEquals(score, scores(out).get(cell), cell + " was measured again"));
        JsonNode jmh = JSON.readTree(out.resolve(jvmId(out)).resolve("jmh.json").toFile());
        assertEquals(4, jmh.size(), "one JMH result per measured cell, in one array");
        for (JsonNode result : jmh) {
            for (String field : List.of("jmhVersion", "benchmark", "mode", "threads", "forks", "jvm", "jdkVersion",
                    "warmupIterations", "measurementIterations", "params", "primaryMetric")) {
                assertTrue(result.has(field), "JMH JSON field " + field + " in " + result);
            }
            assertEquals(3, result.at("/primaryMetric/rawData/0").size(), "smoke: three samples");
        }
        for (JsonNode cell : JSON.readTree(out.resolve(jvmId(out)).resolve("cells.json").toFile()).path("cells")) {
            assertEquals(1, cell.path("forks").size(), "smoke: one fork, recorded: " + cell);
            JsonNode fork = cell.path("forks").get(0);
            assertEquals(1, fork.path("round").asInt());
            assertTrue(fork.path("started").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z") && fork.path("seconds").asDouble() > 0, fork.toString());
            // what else the machine did during the fork, read from the kernel (this suite's CI is Linux)
            assertTrue(fork.at("/load/foreignCores").isNumber() && fork.at("/load/foreignCores").asDouble() >= 0
                    && fork.at("/load/stealCores").asDouble() >= 0, fork.toString());
        }
    }

    /**
     * Two rounds in this JVM (JMH's forks = 0, so no JVM starts): a run killed during round 2 keeps
     * every finished fork; the resumed run adds exactly the missing fork; jmh.json keeps one entry per
     * cell with one rawData list per fork and JMH's own statistics over all samples; cells.json records
     * each fork's round, start, duration and warmup scores. Its timing is fixed (a smoke plan): no fork is lengthened.
     */
    @Test
    void roundsMergeForksAndAResumedRunAddsOnlyTheMissingOnes() throws Exception {
        Timing twoForks = Timing.of(2, 1, 50, 5, 50);
        List<Plan.Planned> plan = Plan.of(RunOptions.parse(List.of("smoke", "--families", "kex", "--param", "provider=JDK"),
                JAVA)).cells().stream().limit(2).map(p -> new Plan.Planned(p.family(), p.cell(), twoForks)).toList();
        assertEquals(2, plan.size());
        Path jvmDir = tmp.resolve("rounds").resolve("jdk");
        CellRun inThisJvm = new CellRun(null, new PrintStream(OutputStream.nullOutputStream()));
        List<String> ran = new ArrayList<>();
        Rounds.ForkRunner fork = p -> {
            if (ran.size() == 3) {
                throw new IllegalStateException("killed"); // during round 2, after its first fork
            }
            ran.add(p.cell().key());
            return inThisJvm.run(p.cell(), p.timing().withForks(0));
        };
        JvmResults first = JvmResults.load(jvmDir, "jdk");
        first.plan(plan);
        assertThrows(IllegalStateException.class, () -> new Rounds(plan, first, fork, QUIET, Clock.systemUTC(), false).runPlanned());
        assertEquals(List.of(plan.get(0).cell().key(), plan.get(1).cell().key(), plan.get(0).cell().key()), ran,
                "round 1 ran fork 1 of each cell, round 2 began with the first cell");
        JsonNode before = JSON.readTree(jvmDir.resolve("jmh.json").toFile());
        assertEquals(2, before.get(0).at("/primaryMetric/rawData").size());
        assertEquals(1, before.get(1).at("/primaryMetric/rawData").size());

        ran.clear();
        JvmResults resumed = JvmResults.load(jvmDir, "jdk");
        resumed.plan(plan);
        new Rounds(plan, resumed, fork, QUIET, Clock.systemUTC(), false).runPlanned();
        assertEquals(List.of(plan.get(1).cell().key()), ran, "only the missing fork ran");

        JsonNode jmh = JSON.readTree(jvmDir.resolve("jmh.json").toFile());
        assertEquals(2, jmh.size(), "one entry per cell");
        for (int i = 0; i < 2; i++) {
            JsonNode metric = jmh.get(i).path("primaryMetric");
            assertEquals(2, jmh.get(i).path("forks").asInt());
            assertEquals(2, metric.path("rawData").size(), "one list per fork");
            assertEquals(before.get(i).at("/primaryMetric/rawData/0"), metric.at("/rawData/0"), "the first fork is kept as it was");
            ListStatistics all = new ListStatistics();
            metric.path("rawData").forEach(f -> f.forEach(v -> all.addValue(v.asDouble())));
            assertEquals(10, all.getN());
            assertEquals(all.getMean(), metric.path("score").asDouble(), 1e-9 * all.getMean(), "JMH's mean");
            assertEquals(all.getMeanErrorAt(0.999), metric.path("scoreError").asDouble(), 1e-9 * all.getMean(), "JMH's 99.9% error");
            assertEquals(all.getMax(), metric.at("/scorePercentiles/100.0").asDouble());
            assertEquals(all.getPercentile(50), metric.at("/scorePercentiles/50.0").asDouble());
        }
        JsonNode cells = JSON.readTree(jvmDir.resolve("cells.json").toFile()).path("cells");
        for (JsonNode cell : cells) {
            assertEquals("measured", cell.path("state").asText());
            assertEquals(List.of(1, 2), List.of(cell.at("/forks/0/round").asInt(), cell.at("/forks/1/round").asInt()), cell.toString());
            cell.path("forks").forEach(f -> assertEquals(1, f.path("warmup").size(), "its warmup iteration's score: " + f));
        }
    }

    /**
     * Adaptive rounds: a cell of one fork is imprecise (one fork says nothing of forks), so within the
     * budget each gets more forks, numbered after the planned round; with no budget left none is added.
     */
    @Test
    void adaptiveRoundsAddForksOnlyWhileTheBudgetLasts() {
        Timing oneFork = Timing.of(1, 1, 30, 5, 30);
        List<Plan.Planned> plan = Plan.of(RunOptions.parse(List.of("smoke", "--families", "kex", "--param", "provider=JDK"),
                JAVA)).cells().stream().map(p -> new Plan.Planned(p.family(), p.cell(), oneFork)).toList();
        CellRun inThisJvm = new CellRun(null, new PrintStream(OutputStream.nullOutputStream()));
        JvmResults r = JvmResults.load(tmp.resolve("adaptive"), "jdk");
        r.plan(plan);
        Rounds rounds = new Rounds(plan, r, p -> inThisJvm.run(p.cell(), p.timing().withForks(0)), QUIET, Clock.systemUTC(), false);
        rounds.runPlanned();
        assertEquals(0, rounds.runAdaptive(java.time.Instant.now().minusSeconds(1)), "no budget left: no fork");
        int added = rounds.runAdaptive(java.time.Instant.now().plusSeconds(4));
        for (Plan.Planned p : plan) {
            assertTrue(r.forks(p.cell()) >= 2, "an imprecise cell got another fork: " + r.cells());
        }
        assertEquals(added, plan.stream().mapToInt(p -> r.forks(p.cell()) - 1).sum());
        assertTrue(r.lastRound() >= 2, "adaptive rounds come after the planned one");
    }

    private static final Rounds.Listener QUIET = new Rounds.Listener() {
        @Override
        public void ran(Plan.Planned p, int round, boolean adaptive, CellRun.Outcome o) {
        }

        @Override
        public void skipped(Plan.Planned p) {
        }
    };

    @Test
    void aCellWhoseForkDiesIsFailedAndTheRestIsKept() throws Exception {
        // A java that runs everything except every second benchmark fork, which dies at once.
        Path java = tmp.resolve("flaky-java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                case " $* " in
                  *" org.openjdk.jmh.runner.ForkedMain "*)
                    n=$(( $(cat "$0.count" 2>/dev/null || echo 0) + 1 )); echo $n > "$0.count"
                    if [ $(( n %% 2 )) = 0 ]; then echo "flaky-java: this fork dies" >&2; exit 42; fi ;;
                esac
                exec %s "$@"
                """.formatted(JAVA));
        assertTrue(java.toFile().setExecutable(true));
        Path out = tmp.resolve("flaky");
        Process p = bench(java.toString(), out, PLAN);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(3, p.exitValue(), log(out));
        List<String> states = states(out);
        assertEquals(2, states.stream().filter("FAILED"::equals).count(), states.toString());
        assertEquals(2, states.stream().filter("measured"::equals).count(), states.toString());
        String status = Files.readString(out.resolve("status.tsv"));
        assertTrue(status.contains("\tFAILED\t") && status.contains("forked VM failed with exit code 42"), status);
        assertFalse(Files.readString(out.resolve("bench.out")).isBlank());
        assertTrue(Files.readString(out.resolve("bench.err")).contains("FAILED"), "the FAILED cells are named");
    }

    private Process bench(String java, Path out, String... args) throws IOException {
        // Tests prove the pipeline, not speed: they need not wait for a JMH run going on beside them.
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Djmh.ignoreLock=true", "-cp", System.getProperty("java.class.path"),
                BenchMain.class.getName()));
        cmd.addAll(List.of(args));
        if (out != null) {
            cmd.addAll(List.of("--out", out.toString(), "--jvm", java));
        }
        Path logs = out != null ? out : Path.of(args[1]);
        Files.createDirectories(logs);
        return new ProcessBuilder(cmd).redirectOutput(logs.resolve("bench.out").toFile())
                .redirectError(logs.resolve("bench.err").toFile()).start();
    }

    private static String jvmId(Path out) throws IOException {
        try (var dirs = Files.list(out)) {
            return dirs.filter(d -> Files.exists(d.resolve("cells.json"))).findFirst()
                    .map(d -> d.getFileName().toString()).orElse("none");
        }
    }

    private static List<String> states(Path out) throws IOException {
        List<String> states = new ArrayList<>();
        Path cells = out.resolve(jvmId(out)).resolve("cells.json");
        if (Files.exists(cells)) {
            JSON.readTree(cells.toFile()).path("cells").forEach(c -> states.add(c.path("state").asText()));
        }
        return states;
    }

    /** Score of each measured cell, by benchmark and params, from jmh.json. */
    private static Map<String, Double> scores(Path out) {
        Map<String, Double> s = new HashMap<>();
        try {
            for (JsonNode r : JSON.readTree(out.resolve(jvmId(out)).resolve("jmh.json").toFile())) {
                s.put(r.path("benchmark").asText() + " " + r.path("params"), r.at("/primaryMetric/score").asDouble());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s;
    }

    private static String log(Path out) {
        try {
            return Files.readString(out.resolve("bench.out")) + Files.readString(out.resolve("bench.err"));
        } catch (IOException e) {
            return "(no log: " + e + ")" + File.separator;
        }
    }
}
