package dev.tlsbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.bench.Family;
import dev.tlsbench.io.AtomicFile;
import dev.tlsbench.provider.Owner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result directory and the files a run writes into it, each replaced atomically:
 * <pre>
 *   command.args        the run's arguments, NUL-separated (--resume reuses them)
 *   plan.json           profile, the families' descriptors (axes, owners, charts) and the timing of every part
 *   env.json            machine, suite commit, start and end, and per JVM what EnvCapture found
 *   status.tsv          one line per planned cell of every JVM: state, seconds, reason
 *   JVM/cells.json      every planned cell of that JVM with its state (JvmResults)
 *   JVM/jmh.json        the JMH results of its measured cells, one JMH JSON array
 *   JVM/jmh.log         JMH's own output
 *   JVM/env/            the environment probes' output
 * </pre>
 */
final class RunDir {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JVM of the run: its id (jdk17, jdk25, jdk17-2 ...) and its java executable. */
    record Jvm(String id, String java) {
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
    void writePlan(Plan plan, List<Family<?, ?>> families) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", plan.profile().cliName());
        root.put("profileDescription", plan.profile().description());
        ArrayNode fs = root.putArray("families");
        for (Family<?, ?> f : families) {
            fs.add(describe(f));
        }
        ArrayNode parts = root.putArray("timings");
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.cells().forEach(p -> counts.merge(p.family().name() + "\t" + p.timing(), 1, Integer::sum));
        counts.forEach((k, n) -> {
            String[] ft = k.split("\t");
            parts.addObject().put("family", ft[0]).put("timing", ft[1]).put("cells", n);
        });
        root.put("cellsPerJvm", plan.cells().size());
        AtomicFile.write(dir.resolve("plan.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static <O extends Enum<O> & Owner, A extends Enum<A>> ObjectNode describe(Family<O, A> f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", f.name());
        n.put("title", f.title());
        n.put("benchmark", f.benchmark().getName());
        n.put("ownerParam", f.ownerParam());
        n.put("algorithmParam", f.algorithmParam());
        f.methods().forEach(n.putArray("methods")::add);
        ObjectNode axes = n.putObject("axes");
        f.axes().forEach((k, v) -> v.forEach(axes.putArray(k)::add));
        ObjectNode owners = n.putObject("owners");
        for (O o : f.owners()) {
            owners.putObject(o.name()).put("crypto", o.cryptoName()).put("warmup", o.warmup().name());
        }
        ObjectNode labels = n.putObject("labels");
        f.labels().forEach((param, byName) -> byName.forEach(labels.putObject(param)::put));
        ArrayNode charts = n.putArray("charts");
        for (ChartSpec c : f.charts()) {
            ObjectNode cn = charts.addObject();
            cn.put("xParam", c.xParam());
            cn.put("xLabel", c.xLabel());
            cn.put("lines", c.lines());
            cn.put("title", c.title());
            cn.put("yLabel", c.yLabel());
            cn.put("logY", c.logY());
            if (c.bytesPerOpParam() != null) {
                cn.put("bytesPerOpParam", c.bytesPerOpParam());
            }
        }
        return n;
    }

    /** status.tsv: every planned cell of every JVM, for people and for grep. */
    void writeStatus(List<JvmResults> results) throws IOException {
        StringBuilder sb = new StringBuilder("# jvm\tfamily\tstate\tseconds\tcell\treason"
                + "   (states: measured, unsupported, harness limit, FAILED; pending = not run yet or interrupted)\n");
        for (JvmResults r : results) {
            for (JsonNode c : r.cells()) {
                sb.append(r.jvmId()).append('\t').append(c.path("family").asText()).append('\t')
                        .append(c.path("state").asText()).append('\t').append(c.path("seconds").asText(""))
                        .append('\t').append(c.path("key").asText()).append('\t')
                        .append(c.path("reason").asText("").replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        AtomicFile.write(dir.resolve("status.tsv"), sb.toString());
    }

    /** Stamps env.json with when the run finished (or was interrupted). */
    void finish(String how) {
        Path env = dir.resolve("env.json");
        try {
            if (Files.exists(env)) {
                ObjectNode root = (ObjectNode) JSON.readTree(env.toFile());
                root.put("finished", OffsetDateTime.now().withNano(0).toString());
                root.put("finishedHow", how);
                AtomicFile.write(env, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** env.json: machine, suite, command, start, and per JVM what its probes found. */
    void writeEnv(RunOptions options, String command, List<Jvm> jvms) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 2);
        root.put("profile", options.profile().cliName());
        root.put("command", command);
        root.put("started", OffsetDateTime.now().withNano(0).toString());
        ObjectNode suite = root.putObject("suite");
        String checkout = BenchMain.suiteRoot().toString();
        String commit = HostInfo.command("git", "-C", checkout, "rev-parse", "HEAD");
        suite.put("commit", commit == null ? "unknown" : commit);
        String status = HostInfo.command("git", "-C", checkout, "status", "--porcelain", "--untracked-files=no");
        suite.put("dirty", status != null && !status.isEmpty());
        String host = HostInfo.command("uname", "-n");
        root.set("host", HostInfo.read(host == null ? "unknown" : host));
        ArrayNode js = root.putArray("jvms");
        for (Jvm j : jvms) {
            js.add(EnvCapture.jvmPart(jvmDir(j).resolve("env"), j.id(), j.java()));
        }
        AtomicFile.write(dir.resolve("env.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
