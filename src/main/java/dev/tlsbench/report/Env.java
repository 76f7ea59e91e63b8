package dev.tlsbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A result directory's env.json (written by {@code dev.tlsbench.run.EnvMain}): the machine, the
 * suite's commit, the profile and command, and per JVM its version, capability matrix and
 * correctness-gate outcome.
 */
public final class Env {

    private final Path file;
    private final JsonNode root;
    private final List<JvmEnv> jvms = new ArrayList<>();

    private Env(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
        JsonNode list = root.get("jvms");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ReportInputException(file, "not a tls-crypto-bench env.json: no \"jvms\" array");
        }
        for (JsonNode j : list) {
            if (!j.hasNonNull("id")) {
                throw new ReportInputException(file, "a jvms entry has no \"id\"");
            }
            jvms.add(new JvmEnv(j));
        }
    }

    public static Env read(Path dir) {
        Path file = dir.resolve("env.json");
        if (!java.nio.file.Files.exists(file)) {
            throw new ReportInputException(file, "missing: " + dir
                    + " is not a scripts/bench result directory (every result directory has an env.json)");
        }
        JsonNode root = JmhJson.readTree(file);
        if (!root.isObject()) {
            throw new ReportInputException(file, "not a tls-crypto-bench env.json: expected a JSON object");
        }
        return new Env(file, root);
    }

    public Path file() { return file; }
    public JsonNode root() { return root; }
    public List<JvmEnv> jvms() { return jvms; }
    public String profile() { return root.path("profile").asText("?"); }
    public String command() { return root.path("command").asText(""); }
    public String cpuModel() { return root.path("host").path("cpuModel").asText("unknown CPU"); }
    public int cores() { return root.path("host").path("logicalCpus").asInt(0); }

    /** The CPU clock in MHz when env.json knows it (nominal from the model name, else /proc/cpuinfo). */
    public OptionalDouble cpuMhz() {
        JsonNode mhz = root.path("host").path("cpuMhz");
        return mhz.isNumber() && mhz.asDouble() > 0 ? OptionalDouble.of(mhz.asDouble()) : OptionalDouble.empty();
    }

    public String cpuMhzSource() { return root.path("host").path("cpuMhzSource").asText(""); }

    public JvmEnv jvm(String id) {
        return jvms.stream().filter(j -> j.id().equals(id)).findFirst()
                .orElseThrow(() -> new ReportInputException(file, "no jvm with id " + id));
    }
}
