package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A result directory's env.json: the machine (CPU model and identity, crypto instruction flags,
 * hypervisor), the suite's commit, profile, command, start and end, and per JVM its {@link JvmEnv}.
 */
public record Env(Path file, JsonNode root, List<JvmEnv> jvms) {

    static Env read(Path dir) {
        Path file = dir.resolve("env.json");
        if (!Files.exists(file)) {
            throw new ReportInputException(file, "missing: " + dir
                    + " is not a scripts/bench result directory (every result directory has an env.json)");
        }
        JsonNode root = JsonInput.read(file);
        if (!root.isObject()) {
            throw new ReportInputException(file, "not a tls-crypto-bench env.json: expected a JSON object");
        }
        JsonNode list = root.get("jvms");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ReportInputException(file, "not a tls-crypto-bench env.json: no \"jvms\" array");
        }
        List<JvmEnv> jvms = new ArrayList<>();
        for (JsonNode j : list) {
            if (!j.hasNonNull("id")) {
                throw new ReportInputException(file, "a jvms entry has no \"id\"");
            }
            jvms.add(new JvmEnv(j));
        }
        return new Env(file, root, List.copyOf(jvms));
    }

    public JsonNode host() {
        return root.path("host");
    }

    String profile() {
        return root.path("profile").asText("?");
    }

    public String cpuModel() {
        return host().path("cpuModel").asText("unknown CPU");
    }

    /** "AuthenticAMD family 25 model 1 stepping 1", the CPU's identity beyond its marketing name. */
    public String cpuIdentity() {
        JsonNode c = host().path("cpu");
        return c.path("vendor").asText("?") + " family " + c.path("family").asText("?") + " model " + c.path("model").asText("?")
                + " stepping " + c.path("stepping").asText("?") + ", microcode " + c.path("microcode").asText("?");
    }

    public int cores() {
        return host().path("logicalCpus").asInt(0);
    }

    /** The crypto-relevant CPU flags and whether the CPU has each, in env.json's order. */
    public Map<String, Boolean> cpuFlags() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        host().path("cpuFlags").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asBoolean()));
        return out;
    }

    /** "KVM (hypervisor flag set)" or "none detected". */
    public String virtualization() {
        JsonNode v = host().path("virtualization");
        String detected = v.path("detected").asText("unknown");
        String vendor = v.path("hypervisorVendor").asText("unknown");
        boolean flag = v.path("hypervisorFlag").asBoolean(false);
        if (!flag && (detected.equals("none") || detected.equals("unknown")) && vendor.equals("unknown")) {
            return "none detected";
        }
        return (vendor.equals("unknown") ? detected : vendor) + (flag ? " (hypervisor flag set)" : "")
                + (detected.equals("unknown") || vendor.equals(detected) ? "" : ", systemd-detect-virt: " + detected);
    }

    /** The clock in MHz when env.json knows it (nominal from the model name, else /proc/cpuinfo at start). */
    public OptionalDouble cpuMhz() {
        JsonNode mhz = host().path("cpuMhz");
        return mhz.isNumber() && mhz.asDouble() > 0 ? OptionalDouble.of(mhz.asDouble()) : OptionalDouble.empty();
    }

    public String cpuMhzSource() {
        return host().path("cpuMhzSource").asText("");
    }

    public String started() {
        return root.path("started").asText("?");
    }

    /** "2026-11-29T19:10:02+00:00 (completed)", or that the run has not finished. */
    public String finished() {
        return root.has("finished") ? root.path("finished").asText() + " (" + root.path("finishedHow").asText("?") + ")"
                : "not recorded (still running, or killed without a trace)";
    }

    public String command() {
        return root.path("command").asText("");
    }

    /** What differs between this machine and another, by field: the comparison warns about each. */
    public Map<String, String[]> differences(Env other) {
        Map<String, String[]> out = new TreeMap<>();
        diff(out, "CPU model", cpuModel(), other.cpuModel());
        diff(out, "CPU identity", cpuIdentity(), other.cpuIdentity());
        diff(out, "logical CPUs", String.valueOf(cores()), String.valueOf(other.cores()));
        diff(out, "CPU flags", flagsOn(cpuFlags()), flagsOn(other.cpuFlags()));
        diff(out, "virtualization", virtualization(), other.virtualization());
        diff(out, "profile", profile(), other.profile());
        return out;
    }

    private static void diff(Map<String, String[]> out, String what, String a, String b) {
        if (!a.equals(b)) {
            out.put(what, new String[] {a, b});
        }
    }

    public static String flagsOn(Map<String, Boolean> flags) {
        List<String> on = new ArrayList<>();
        flags.forEach((k, v) -> on.add(v ? k : "no " + k));
        return String.join(" ", on);
    }
}
