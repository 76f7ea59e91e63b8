package dev.tlsbench.report.input;

import dev.tlsbench.results.EnvFile;
import dev.tlsbench.results.Host;
import dev.tlsbench.results.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A result directory's env.json ({@link EnvFile}): the machine (CPU model and identity, crypto
 * instruction flags, hypervisor), the suite's commit, profile, command, start and end, and per JVM
 * its {@link JvmEnv}.
 */
public record Env(Path file, EnvFile data, List<JvmEnv> jvms) {

    static Env read(Path dir) {
        Path file = dir.resolve("env.json");
        if (!Files.exists(file)) {
            throw new ReportInputException(file, "missing: " + dir
                    + " is not a scripts/bench result directory (every result directory has an env.json)");
        }
        EnvFile data = JsonInput.typed(() -> ResultFiles.readEnv(file));
        return new Env(file, data, data.jvms().stream().map(JvmEnv::new).toList());
    }

    /** The machine; its facts are null (shown as unknown) in an env.json that lacks them. */
    public Host host() {
        return data.host() != null ? data.host()
                : new Host(null, null, null, null, 0, null, null, null, null, null, null, null, null, null);
    }

    /** The checkout of the suite that ran, or null when env.json does not say. */
    public EnvFile.Suite suite() {
        return data.suite();
    }

    String profile() {
        return or(data.profile(), "?");
    }

    public String cpuModel() {
        return or(host().cpuModel(), "unknown CPU");
    }

    /** "AuthenticAMD family 25 model 1 stepping 1", the CPU's identity beyond its marketing name. */
    public String cpuIdentity() {
        Host.Cpu c = host().cpu() != null ? host().cpu() : new Host.Cpu(null, null, null, null, null);
        return or(c.vendor(), "?") + " family " + or(c.family(), "?") + " model " + or(c.model(), "?")
                + " stepping " + or(c.stepping(), "?") + ", microcode " + or(c.microcode(), "?");
    }

    public int cores() {
        return host().logicalCpus();
    }

    /** The crypto-relevant CPU flags and whether the CPU has each, in env.json's order. */
    public Map<String, Boolean> cpuFlags() {
        return new LinkedHashMap<>(host().cpuFlags());
    }

    /**
     * The machine line's virtualization: env.json's summary of both layers ("Firecracker VM
     * (hypervisor: PVM (guest kernel); CPUID signature bhyve), docker container") when the run
     * recorded one; an older env.json's "KVM (hypervisor flag set), systemd-detect-virt: docker" or
     * "none detected".
     */
    public String virtualization() {
        Host.Virtualization v = host().virtualization();
        if (v != null && v.summary() != null) {
            return v.summary();
        }
        String detected = v == null ? "unknown" : or(v.detected(), "unknown");
        String vendor = v == null ? "unknown" : or(v.hypervisorVendor(), "unknown");
        boolean flag = v != null && v.hypervisorFlag();
        if (!flag && (detected.equals("none") || detected.equals("unknown")) && vendor.equals("unknown")) {
            return "none detected";
        }
        return (vendor.equals("unknown") ? detected : vendor) + (flag ? " (hypervisor flag set)" : "")
                + (detected.equals("unknown") || vendor.equals(detected) ? "" : ", systemd-detect-virt: " + detected);
    }

    /** The clock cycles per byte use: measured during the run when it was, else nominal; empty when unknown. */
    public Optional<CycleClock> cycleClock() {
        return CycleClock.of(host());
    }

    /** The clock in MHz when env.json knows it (nominal from the model name, else /proc/cpuinfo at start). */
    public OptionalDouble cpuMhz() {
        Double mhz = host().cpuMhz();
        return mhz != null && mhz > 0 ? OptionalDouble.of(mhz) : OptionalDouble.empty();
    }

    public String cpuMhzSource() {
        return or(host().cpuMhzSource(), "");
    }

    public String started() {
        return or(data.started(), "?");
    }

    /** "2026-11-29T19:10:02+00:00 (completed)", or that the run has not finished. */
    public String finished() {
        return data.finished() != null ? data.finished() + " (" + or(data.finishedHow(), "?") + ")"
                : "not recorded (still running, or killed without a trace)";
    }

    public String command() {
        return or(data.command(), "");
    }

    static String or(String value, String absent) {
        return value == null ? absent : value;
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
