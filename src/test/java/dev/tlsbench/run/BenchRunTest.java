package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
    }

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
