package dev.tlsbench.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.results.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a run measured on, as env.json records it: what explains a number is the CPU
 * (vendor, family/model/stepping, model name, the instruction-set flags crypto code uses), whether
 * it runs under a hypervisor, and the OS. Linux reads /proc and lscpu; elsewhere fields say "unknown".
 */
final class HostInfo {

    /** x86 flags that decide AES-GCM, ChaCha20-Poly1305, SHA and big-number speed. */
    static final List<String> X86_FLAGS = List.of("aes", "pclmulqdq", "vaes", "vpclmulqdq", "avx2", "avx512f",
            "avx512vl", "avx512ifma", "sha_ni", "adx", "bmi2");
    /** Their arm64 counterparts ("Features" in /proc/cpuinfo). */
    static final List<String> ARM_FLAGS = List.of("asimd", "aes", "pmull", "sha1", "sha2", "sha512", "sha3");


    private HostInfo() {
    }

    static ObjectNode read(String hostname) {
        ObjectNode h = Json.MAPPER.createObjectNode();
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
        ObjectNode cpu = h.putObject("cpu");
        cpu.put("vendor", orUnknown(field(cpuinfo, "vendor_id")));
        cpu.put("family", orUnknown(field(cpuinfo, "cpu family")));
        cpu.put("model", orUnknown(field(cpuinfo, "model")));
        cpu.put("stepping", orUnknown(field(cpuinfo, "stepping")));
        cpu.put("microcode", orUnknown(field(cpuinfo, "microcode")));
        clock(h, model, field(cpuinfo, "cpu MHz"));
        ObjectNode flags = h.putObject("cpuFlags");
        String x86 = field(cpuinfo, "flags");
        String arm = field(cpuinfo, "Features");
        List<String> have = List.of((x86 != null ? x86 : arm != null ? arm : "").split("\\s+"));
        (x86 != null ? X86_FLAGS : arm != null ? ARM_FLAGS : List.<String>of()).forEach(f -> flags.put(f, have.contains(f)));
        ObjectNode virt = h.putObject("virtualization");
        virt.put("hypervisorFlag", have.contains("hypervisor"));
        virt.put("hypervisorVendor", orUnknown(lscpu("Hypervisor vendor")));
        virt.put("detected", orUnknown(command("systemd-detect-virt")));
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

    private static String lscpu(String key) {
        String out = command("lscpu");
        return out == null ? null : field(out.lines().toList(), key);
    }

    /** A command's trimmed output, or null when it is missing or fails. */
    static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
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

    static String field(List<String> lines, String name) {
        for (String l : lines) {
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return l.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
    }
}
