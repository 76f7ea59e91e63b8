package dev.tlsbench.results;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine of a run, as env.json records it: what the report shows and compares between runs.
 * A field this record does not name (a newer probe's) is kept in {@link #more()} and written back
 * as it was.
 *
 * @param cpu            the CPU's identity beyond its marketing name (vendor, family, model, stepping, microcode)
 * @param cpuMhz         the clock in MHz when known (null otherwise), and {@code cpuMhzSource} where it comes from
 * @param cpuFlags       the crypto-relevant CPU flags and whether the CPU has each, in the order probed
 * @param memoryBytes    physical memory, null when unknown
 */
public record Host(String hostname, String os, String kernel, String arch, int logicalCpus, String cpuModel, Cpu cpu,
                   Double cpuMhz, String cpuMhzSource, Map<String, Boolean> cpuFlags, Virtualization virtualization,
                   Clocks effectiveClock, Long memoryBytes, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> more) {

    /** /proc/cpuinfo's identity fields, as text ("26", "0x1000065"; "unknown" when absent). */
    public record Cpu(String vendor, String family, String model, String stepping, String microcode) {
    }

    /**
     * The hypervisor CPU flag, the vendor lscpu names and what systemd-detect-virt says (all a
     * schema-2 env.json has); then both layers as the run worked them out: the VM (from DMI, device
     * tree and kernel hints), the hypervisor the CPUID signature names, the container, a one-line
     * summary for the machine line and the evidence behind it. The last five are null in older files.
     */
    public record Virtualization(boolean hypervisorFlag, String hypervisorVendor, String detected, String vm, String hypervisor,
                                 String container, String summary, List<String> evidence) {
    }

    /** The effective clock measured when the run started and when it ended (null while it runs). */
    public record Clocks(ClockReading start, ClockReading end) {
    }

    /**
     * One measurement of the clock the CPU runs at: when, MHz, how ("perf stat ..." or the timed
     * dependent chain), a note, its ratio to the nominal clock, and whether it passed the
     * plausibility check (within 0.2-8 GHz and near the nominal clock).
     */
    public record ClockReading(String at, long mhz, String method, String note, Double ratioToNominal, boolean plausible) {
    }

    /** The same host with the clock measured at the end of the run added. */
    public Host withClockAtEnd(ClockReading end) {
        return new Host(hostname, os, kernel, arch, logicalCpus, cpuModel, cpu, cpuMhz, cpuMhzSource, cpuFlags, virtualization,
                new Clocks(effectiveClock == null ? null : effectiveClock.start(), end), memoryBytes, more);
    }

    public Host {
        cpuFlags = cpuFlags == null ? Map.of() : cpuFlags;
        more = more == null ? new LinkedHashMap<>() : more;
    }
}
