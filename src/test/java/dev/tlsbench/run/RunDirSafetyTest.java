package dev.tlsbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run never shares its directory: scripts/bench (BenchMain, as a process) refuses at start, before
 * writing anything, a directory another run holds, a run while another benchmark holds JMH's lock,
 * --out onto an existing run, and --resume with other JVMs than the directory was made with.
 * Each refusal is exit code 2 and names the other party.
 */
class RunDirSafetyTest {

    private static final String JAVA = ResultPaths.defaultJava();
    /** A small plan; a refused run never gets to it (a run that is not refused would take minutes). */
    private static final List<String> PLAN = List.of("smoke", "--families", "kdf", "--param", "provider=JDK", "--no-plot");

    @TempDir
    Path tmp;

    @Test
    void aDirectoryAnotherRunHoldsIsRefusedNamingIt() throws Exception {
        Path dir = fakeRun("held", withJvm(PLAN));
        Process holder = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.resolve(".lock").toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine());
            Map<Path, String> before = snapshot(dir);
            Refusal r = bench(List.of(), "--resume", dir.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("pid " + holder.pid()) && r.err().contains(LockHolder.class.getName()),
                    "names the other process and its command line: " + r.err());
            assertEquals(before, snapshot(dir), "nothing written");
        } finally {
            holder.destroyForcibly(); // kill -9: the OS releases its lock
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (RunLock lock = RunLock.acquire(dir)) {
            assertTrue(Files.readString(dir.resolve(".lock")).contains("pid " + ProcessHandle.current().pid()));
        }
    }

    @Test
    void aRunWhileAnotherBenchmarkHoldsJmhsLockIsRefusedNamingIt() throws Exception {
        // A private java.io.tmpdir: JMH's lock is java.io.tmpdir/jmh.lock, and the machine's own stays free.
        Path tmpdir = Files.createDirectories(tmp.resolve("tmpdir"));
        Path out = tmp.resolve("new");
        try (FileChannel ch = FileChannel.open(tmpdir.resolve("jmh.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            List<String> args = new ArrayList<>(withJvm(PLAN));
            args.addAll(List.of("--out", out.toString()));
            Refusal r = bench(List.of("-Djava.io.tmpdir=" + tmpdir), args.toArray(String[]::new));
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("JMH's lock") && r.err().contains("pid " + ProcessHandle.current().pid()), r.err());
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void outOntoAnExistingRunIsRefusedNamingResume() throws Exception {
        Path dir = fakeRun("existing", withJvm(PLAN));
        Map<Path, String> before = snapshot(dir);
        List<String> args = new ArrayList<>(withJvm(PLAN));
        args.addAll(List.of("--out", dir.toString()));
        Refusal r = bench(List.of("-Djmh.ignoreLock=true"), args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("already holds a run") && r.err().contains("--resume " + dir), r.err());
        assertEquals(before, snapshot(dir), "nothing written");
    }

    @Test
    void resumeWithAnotherJavaVersionIsRefusedNamingBoth() throws Exception {
        Path dir = fakeRun("other-version", withJvm(PLAN));
        String id = "jdk" + System.getProperty("java.specification.version");
        env(dir, id, JAVA, "17.0.0-recorded+1");
        Map<Path, String> before = snapshot(dir);
        Refusal r = bench(List.of("-Djmh.ignoreLock=true"), "--resume", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("17.0.0-recorded+1") && r.err().contains(System.getProperty("java.runtime.version")), r.err());
        assertEquals(before, snapshot(dir), "nothing written");
    }

    @Test
    void resumeWithAnotherJavaPathIsRefusedNamingBoth() throws Exception {
        Path dir = fakeRun("other-path", PLAN); // no --jvm: the run took the java that ran it
        String id = "jdk" + System.getProperty("java.specification.version");
        env(dir, id, "/opt/some-other-jdk/bin/java", System.getProperty("java.runtime.version"));
        Refusal r = bench(List.of("-Djmh.ignoreLock=true"), "--resume", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("/opt/some-other-jdk/bin/java") && r.err().contains(JAVA), r.err());
        assertTrue(r.err().contains("JAVA_HOME=/opt/some-other-jdk"), "says how to resume it: " + r.err());
    }

    /** A budget that is no positive duration is refused like any bad option: exit 2, the valid form named, nothing written. */
    @Test
    void aBadBudgetIsRefusedNamingTheValidForm() throws Exception {
        Path out = tmp.resolve("budget");
        List<String> args = new ArrayList<>(withJvm(PLAN));
        args.addAll(List.of("--budget", "-5m", "--out", out.toString()));
        Refusal r = bench(List.of("-Djmh.ignoreLock=true"), args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--budget takes a positive duration") && r.err().contains("15m, 900s, 1h"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void defaultNamesAreToTheSecondAndNeverReused() throws Exception {
        String name = ResultPaths.defaultRunDir(List.of(new RunDir.Jvm("jdk17", JAVA, "17"))).getFileName().toString();
        assertTrue(name.matches("\\d{8}-\\d{6}_.+_jdk17"), name);
        Path wanted = tmp.resolve("results").resolve(name);
        Path first = ResultPaths.createNew(wanted);
        Path second = ResultPaths.createNew(wanted);
        assertEquals(wanted, first);
        assertNotEquals(first, second);
        assertTrue(Files.isDirectory(second) && second.getFileName().toString().startsWith(name));
    }

    private static List<String> withJvm(List<String> plan) {
        List<String> args = new ArrayList<>(plan);
        args.addAll(List.of("--jvm", JAVA));
        return args;
    }

    /** A result directory as a run leaves it before it measured anything: its arguments. */
    private Path fakeRun(String name, List<String> args) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("command.args"), String.join("\0", args));
        return dir;
    }

    /** env.json recording one JVM: its id, path and java.runtime.version, as RunDir.writeEnv does. */
    private static void env(Path dir, String id, String path, String version) throws IOException {
        Files.writeString(dir.resolve("env.json"), """
                {"schema": 2, "jvms": [{"id": "%s", "path": "%s", "jvm": {"java.runtime.version": "%s"}}]}
                """.formatted(id, path, version));
    }

    private record Refusal(int exit, String err) {
    }

    /** BenchMain as a process; a run that is not refused is stopped after a minute (and fails the test). */
    private Refusal bench(List<String> jvmArgs, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-Dtlsbench.root=" + tmp, "-cp", System.getProperty("java.class.path"), BenchMain.class.getName()));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(tmp, "bench", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            return new Refusal(-1, "not refused: still running after a minute; " + Files.readString(err));
        }
        return new Refusal(p.exitValue(), Files.readString(err));
    }

    /** Every file under {@code dir} with its content. */
    private static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f), Files.readString(f));
            }
        }
        return files;
    }
}
