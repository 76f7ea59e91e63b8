package dev.tlsbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a result directory's env.json: the machine (CPU model, clock, crypto flags, CPUs, memory,
 * OS, kernel), the suite's commit, the profile and command line, and per JVM what
 * {@link JvmInfoMain}, {@link ProvidersMain} and {@link VectorGateMain} printed on it (scripts/bench
 * leaves those in {@code <dir>/<jvm-id>/env/}). Linux reads /proc; elsewhere fields are "unknown".
 *
 * <p>Usage: {@code EnvMain --dir DIR --profile P --command CMD --commit C --dirty true|false
 * --started ISO --host NAME --jvm ID=PATH...}
 */
public final class EnvMain {

    /** x86 flags that decide AES-GCM, ChaCha20-Poly1305 and SHA speed; arm's "Features" equivalents. */
    static final List<String> X86_FLAGS = List.of("aes", "vaes", "pclmulqdq", "vpclmulqdq", "avx2", "avx512f", "sha_ni");
    static final List<String> ARM_FLAGS = List.of("asimd", "aes", "pmull", "sha1", "sha2", "sha512");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EnvMain() {
    }

    public static void main(String[] args) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 1);
        Path dir = null;
        ObjectNode suite = JSON.createObjectNode();
        ArrayNode jvms = JSON.createArrayNode();
        String host = "unknown";
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--dir" -> dir = Path.of(v);
                case "--profile" -> root.put("profile", v);
                case "--command" -> root.put("command", v);
                case "--started" -> root.put("started", v);
                case "--host" -> host = v;
                case "--commit" -> suite.put("commit", v);
                case "--dirty" -> suite.put("dirty", Boolean.parseBoolean(v));
                case "--jvm" -> jvms.add(jvm(v));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null || jvms.isEmpty()) {
            System.err.println("usage: EnvMain --dir DIR --jvm ID=PATH... [--profile P --command C --commit C --dirty B --started T --host H]");
            System.exit(2);
        }
        root.set("suite", suite);
        root.set("host", host(host));
        for (JsonNode j : jvms) {
            ObjectNode o = (ObjectNode) j;
            Path env = dir.resolve(o.get("id").asText()).resolve("env");
            o.set("jvm", piece(env.resolve("jvm.json")));
            o.set("providers", piece(env.resolve("providers.json")));
            o.set("vectorGate", piece(env.resolve("vectors.json")));
            o.set("tlsAttribution", piece(env.resolve("attribution.json")));
        }
        root.set("jvms", jvms);
        Path tmp = dir.resolve("env.json.tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve("env.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ObjectNode jvm(String idEqualsPath) {
        int eq = idEqualsPath.indexOf('=');
        ObjectNode o = JSON.createObjectNode();
        o.put("id", idEqualsPath.substring(0, eq));
        o.put("path", idEqualsPath.substring(eq + 1));
        return o;
    }

    /** A per-JVM JSON file, or {"error": ...} when that step failed (the report shows it). */
    private static JsonNode piece(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            return JSON.createObjectNode().put("error", file.getFileName() + " unreadable: " + e.getMessage());
        }
    }

    static ObjectNode host(String hostname) {
        ObjectNode h = JSON.createObjectNode();
        h.put("hostname", hostname);
        h.put("os", osName());
        h.put("kernel", System.getProperty("os.version"));
        h.put("arch", System.getProperty("os.arch"));
        h.put("logicalCpus", Runtime.getRuntime().availableProcessors());
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        String model = field(cpuinfo, "model name");
        if (model == null) {
            model = field(cpuinfo, "Hardware");
        }
        h.put("cpuModel", model == null ? "unknown CPU" : model);
        clock(h, model, field(cpuinfo, "cpu MHz"));
        ObjectNode flags = h.putObject("cpuFlags");
        String x86 = field(cpuinfo, "flags");
        String arm = field(cpuinfo, "Features");
        if (x86 != null) {
            List<String> have = List.of(x86.split("\\s+"));
            X86_FLAGS.forEach(f -> flags.put(f, have.contains(f)));
        } else if (arm != null) {
            List<String> have = List.of(arm.split("\\s+"));
            ARM_FLAGS.forEach(f -> flags.put(f.equals("asimd") ? "neon(asimd)" : f, have.contains(f)));
        }
        String mem = field(lines(Path.of("/proc/meminfo")), "MemTotal");
        if (mem != null && mem.endsWith("kB")) {
            h.put("memoryBytes", Long.parseLong(mem.replace("kB", "").trim()) * 1024);
        }
        return h;
    }

    /** The nominal clock from the model name ("@ 2.20GHz") when it says, else the current one. */
    static void clock(ObjectNode h, String model, String cpuMhz) {
        Matcher m = model == null ? null : Pattern.compile("@\\s*([0-9.]+)\\s*GHz").matcher(model);
        if (m != null && m.find()) {
            h.put("cpuMhz", Double.parseDouble(m.group(1)) * 1000);
            h.put("cpuMhzSource", "nominal, from the CPU model name");
        } else if (cpuMhz != null) {
            h.put("cpuMhz", Double.parseDouble(cpuMhz.trim()));
            h.put("cpuMhzSource", "/proc/cpuinfo cpu MHz when the run started");
        }
    }

    private static String osName() {
        for (String l : lines(Path.of("/etc/os-release"))) {
            if (l.startsWith("PRETTY_NAME=")) {
                return l.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static String field(List<String> lines, String name) {
        for (String l : lines) {
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return l.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
    }
}
