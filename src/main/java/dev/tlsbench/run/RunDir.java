package dev.tlsbench.run;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Family;
import dev.tlsbench.io.AtomicFile;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Look;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.results.AlgorithmFacts;
import dev.tlsbench.results.CellRecord;
import dev.tlsbench.results.EnvFile;
import dev.tlsbench.results.FamilyDescriptor;
import dev.tlsbench.results.Host;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.JvmProbes;
import dev.tlsbench.results.OwnerFacts;
import dev.tlsbench.results.PlanFile;
import dev.tlsbench.results.ResultFileException;
import dev.tlsbench.results.ResultFiles;
import dev.tlsbench.results.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A result directory and the files a run writes into it, each replaced atomically, the JSON ones as
 * the records of {@code dev.tlsbench.results}:
 * <pre>
 *   command.args        the run's arguments, NUL-separated (--resume reuses them)
 *   plan.json           profile, the families' descriptors (axes, owners, charts), the timing of every part, rounds, budget
 *   env.json            machine, suite commit, start and end, and per JVM what EnvCapture found
 *   status.tsv          one line per planned cell of every JVM: state, seconds, reason
 *   JVM/cells.json      every planned cell of that JVM with its state and its forks (JvmResults)
 *   JVM/jmh.json        the JMH results of its measured cells, one JMH JSON array, forks merged per cell
 *   JVM/jmh.log         JMH's own output
 *   JVM/env/            the environment probes' output
 * </pre>
 */
final class RunDir {

    /** One JVM of the run: its id (jdk17, jdk25, jdk17-2 ...), its java executable and its java.runtime.version. */
    record Jvm(String id, String java, String version) {
    }

    private final Path dir;

    RunDir(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir;
    }

    Path jvmDir(Jvm jvm) {
        return dir.resolve(jvm.id());
    }

    void writeArgs(List<String> args) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve("command.args"), String.join("\0", args));
    }

    /** Whether {@code dir} holds a run already (what a new run must never write into). */
    static boolean holdsRun(Path dir) {
        return Files.exists(dir.resolve("command.args")) || Files.exists(dir.resolve("env.json"))
                || Files.exists(dir.resolve("plan.json"));
    }

    /**
     * Refuses to resume with other JVMs than env.json recorded (path and java.runtime.version, in
     * order): a resumed run would mix two JVMs' numbers under one id. Without env.json (a run stopped
     * before anything was measured) there is nothing to mix.
     */
    void checkJvms(List<Jvm> now) {
        Path env = dir.resolve("env.json");
        if (!Files.exists(env)) {
            return;
        }
        List<JvmProbes> recorded;
        try {
            recorded = ResultFiles.readEnv(env).jvms();
        } catch (ResultFileException e) {
            throw new UsageException(env + " is unreadable (" + e.problem().lines().findFirst().orElse("")
                    + "): cannot check which JVMs the run was made with; start a new run");
        }
        List<String> was = new ArrayList<>();
        recorded.forEach(j -> was.add(describe(j.id(), String.valueOf(j.path()), runtimeVersion(j))));
        List<String> is = now.stream().map(j -> describe(j.id(), j.java(), j.version())).toList();
        boolean same = was.size() == is.size();
        for (int i = 0; same && i < is.size(); i++) {
            JvmProbes r = recorded.get(i);
            String version = runtimeVersion(r);
            same = now.get(i).java().equals(r.path()) && (version.isEmpty() || version.equals(now.get(i).version()));
        }
        if (!same) {
            String hint = now.size() == 1 && recorded.size() == 1 && !RunDir.readArgs(dir).contains("--jvm")
                    ? "; it took the java that ran it: resume it with JAVA_HOME=" + javaHome(String.valueOf(recorded.get(0).path()))
                    : "; resume it with those JVMs, or start a new run";
            throw new RunRefused(dir + " was made with " + String.join(", ", was) + ", this run would use "
                    + String.join(", ", is) + hint);
        }
    }

    /** The java.runtime.version its probe recorded, "" when it did not. */
    private static String runtimeVersion(JvmProbes j) {
        String v = j.jvmInfo().javaRuntimeVersion();
        return v == null ? "" : v;
    }

    private static String describe(String id, String path, String version) {
        return id + " = " + path + (version.isEmpty() ? "" : " (" + version + ")");
    }

    /** /usr/lib/jvm/x/bin/java -> /usr/lib/jvm/x */
    private static String javaHome(String java) {
        Path p = Path.of(java);
        return p.getParent() != null && p.getParent().getParent() != null ? p.getParent().getParent().toString() : java;
    }

    static List<String> readArgs(Path dir) {
        Path f = dir.resolve("command.args");
        if (!Files.isRegularFile(f)) {
            throw new UsageException(f + ": missing: not a result directory of scripts/bench");
        }
        try {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            return s.isEmpty() ? List.of() : Arrays.asList(s.split("\0", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** plan.json: what the report needs to know of the families, so a result directory explains itself. */
    void writePlan(Plan plan, List<Family> families, java.time.Duration budget) throws IOException {
        List<PlanFile.TimingPart> parts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.cells().forEach(p -> counts.merge(p.family().name() + "\t" + p.timing(), 1, Integer::sum));
        counts.forEach((k, n) -> {
            String[] ft = k.split("\t");
            parts.add(new PlanFile.TimingPart(ft[0], ft[1], n));
        });
        Json.write(dir.resolve("plan.json"), new PlanFile(Schema.CURRENT, plan.profile().cliName(), plan.profile().description(),
                families.stream().map(RunDir::describe).toList(), parts, plan.cells().size(), Rounds.planned(plan.cells()),
                budget == null ? null : budget.toSeconds()));
    }

    private static FamilyDescriptor describe(Family f) {
        Map<String, OwnerFacts> owners = new LinkedHashMap<>();
        String jdkOwner = null;
        for (Owner o : f.capabilities().owners()) {
            Look look = o.look();
            owners.put(o.name(), new OwnerFacts(o.crypto().name(), o.warmup().name(), look.label(), look.colour(), look.marker()));
            if (jdkOwner == null && o.crypto() == JcaProvider.JDK) {
                jdkOwner = o.name();
            }
        }
        Map<String, AlgorithmFacts> algorithms = new LinkedHashMap<>();
        for (Enum<?> a : f.capabilities().algorithms()) {
            Set<Acceleration> by = ((Accelerated) a).acceleration();
            algorithms.put(a.name(), new AlgorithmFacts(by.stream().flatMap(x -> x.cpuFlags().stream()).distinct().toList(),
                    by.stream().flatMap(x -> x.vmFlags().stream()).distinct().toList()));
        }
        return new FamilyDescriptor(f.name(), f.title(), f.benchmark().getName(), f.ownerParam(), f.capabilities().algorithmParam(),
                f.methods(), f.axes(), owners, f.shape().labels(), f.charts(), jdkOwner, algorithms, f.headline(),
                f.nativeMatches());
    }

    /** status.tsv: every planned cell of every JVM, for people and for grep. */
    void writeStatus(List<JvmResults> results) throws IOException {
        StringBuilder sb = new StringBuilder("# jvm\tfamily\tstate\tseconds\tcell\treason"
                + "   (states: measured, unsupported, harness limit, FAILED; pending = not run yet or interrupted)\n");
        for (JvmResults r : results) {
            for (CellRecord c : r.cells()) {
                sb.append(r.jvmId()).append('\t').append(c.family()).append('\t')
                        .append(c.state().label()).append('\t').append(c.seconds() == null ? "" : String.valueOf(c.seconds()))
                        .append('\t').append(c.key()).append('\t')
                        .append(c.reasonText().replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        AtomicFile.write(dir.resolve("status.tsv"), sb.toString());
    }

    /** Stamps env.json with when the run finished (or was interrupted) and the clock the CPU runs at then. */
    void finish(String how) {
        Path env = dir.resolve("env.json");
        try {
            if (Files.exists(env)) {
                EnvFile file = ResultFiles.readEnv(env);
                Json.write(env, file.withHost(HostInfo.clockAtEnd(file.host()))
                        .finishedAt(OffsetDateTime.now().withNano(0).toString(), how));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** env.json: machine, suite, command, start, and per JVM what its probes found. */
    void writeEnv(RunOptions options, String command, List<Jvm> jvms) throws IOException {
        String checkout = ResultPaths.suiteRoot().toString();
        String commit = HostInfo.command("git", "-C", checkout, "rev-parse", "HEAD");
        String status = HostInfo.command("git", "-C", checkout, "status", "--porcelain", "--untracked-files=no");
        String host = HostInfo.command("uname", "-n");
        List<JvmProbes> probes = new ArrayList<>();
        for (Jvm j : jvms) {
            probes.add(EnvCapture.jvmPart(jvmDir(j).resolve("env"), j.id(), j.java()));
        }
        Json.write(dir.resolve("env.json"), new EnvFile(Schema.CURRENT, options.profile().cliName(), command,
                OffsetDateTime.now().withNano(0).toString(), new EnvFile.Suite(commit == null ? "unknown" : commit,
                status != null && !status.isEmpty()), HostInfo.read(host == null ? "unknown" : host),
                probes, null, null));
    }
}
