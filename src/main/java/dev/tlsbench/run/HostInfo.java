package dev.tlsbench.run;

import dev.tlsbench.results.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a run measured on, as env.json records it: what explains a number is the CPU
 * (vendor, family/model/stepping, model name, the instruction-set flags crypto code uses), whether
 * it runs under a hypervisor and in a container ({@link Virtualization}), the clock it ran at
 * ({@link EffectiveClock}, measured at the start and again when the run ends), and the OS. Linux
 * reads /proc and lscpu; elsewhere fields say "unknown".
 */
final class HostInfo {

    /** x86 flags that decide AES-GCM, ChaCha20-Poly1305, SHA and big-number speed. */
    static final List<String> X86_FLAGS = List.of("aes", "pclmulqdq", "vaes", "vpclmulqdq", "avx2", "avx512f",
            "avx512vl", "avx512ifma", "sha_ni", "adx", "bmi2");
    /** Their arm64 counterparts ("Features" in /proc/cpuinfo). */
    static final List<String> ARM_FLAGS = List.of("asimd", "aes", "pmull", "sha1", "sha2", "sha512", "sha3");


    private HostInfo() {
    }

    static Host read(String hostname) {
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        String model = field(cpuinfo, "model name");
        if (model == null) {
            model = field(cpuinfo, "Hardware");
        }
        Host.Cpu cpu = new Host.Cpu(orUnknown(field(cpuinfo, "vendor_id")), orUnknown(field(cpuinfo, "cpu family")),
                orUnknown(field(cpuinfo, "model")), orUnknown(field(cpuinfo, "stepping")), orUnknown(field(cpuinfo, "microcode")));
        Clock clock = clock(model, field(cpuinfo, "cpu MHz"));
        Map<String, Boolean> flags = new LinkedHashMap<>();
        String x86 = field(cpuinfo, "flags");
        String arm = field(cpuinfo, "Features");
        List<String> have = List.of((x86 != null ? x86 : arm != null ? arm : "").split("\\s+"));
        (x86 != null ? X86_FLAGS : arm != null ? ARM_FLAGS : List.<String>of()).forEach(f -> flags.put(f, have.contains(f)));
        Virtualization v = Virtualization.collect();
        Host.Virtualization virt = new Host.Virtualization(have.contains("hypervisor"), orUnknown(lscpu("Hypervisor vendor")),
                orUnknown(command("systemd-detect-virt")), v.vm(), v.hypervisor(), v.container(), v.summary(), v.evidence());
        Host.Clocks clocks = new Host.Clocks(EffectiveClock.measure(clock.mhz() == null ? 0 : clock.mhz()).record(), null);
        String mem = field(lines(Path.of("/proc/meminfo")), "MemTotal");
        Long memory = mem != null && mem.endsWith("kB") ? Long.parseLong(mem.replace("kB", "").trim()) * 1024 : null;
        return new Host(hostname, osName(), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), model == null ? "unknown CPU" : model, cpu, clock.mhz(), clock.source(),
                flags, virt, clocks, memory, null);
    }

    /** The clock in MHz (null when unknown) and where it comes from. */
    record Clock(Double mhz, String source) {
    }

    /** The nominal clock from the model name ("@ 2.20GHz") when it says, else the current one. */
    static Clock clock(String model, String cpuMhz) {
        Matcher m = model == null ? null : Pattern.compile("@\\s*([0-9.]+)\\s*GHz").matcher(model);
        if (m != null && m.find()) {
            return new Clock(Double.parseDouble(m.group(1)) * 1000, "nominal, from the CPU model name");
        } else if (cpuMhz != null) {
            return new Clock(Double.parseDouble(cpuMhz.trim()), "/proc/cpuinfo cpu MHz when the run started");
        }
        return new Clock(null, null);
    }

    private static String lscpu(String key) {
        String out = command("lscpu");
        return out == null ? null : field(out.lines().toList(), key);
    }

    /** A command's trimmed output (stderr included: perf stat prints its counts there), or null when it is missing or fails. */
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

    /** The host with the clock measured again, as the end of the run's. */
    static Host clockAtEnd(Host host) {
        return host.withClockAtEnd(EffectiveClock.measure(host.cpuMhz() == null ? 0 : host.cpuMhz()).record());
    }

    /** A file's content, "" for an empty one, null when it is missing or unreadable. */
    static String file(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
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
