package dev.tlsbench.results;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
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
                   Long memoryBytes, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> more) {

    /** /proc/cpuinfo's identity fields, as text ("26", "0x1000065"; "unknown" when absent). */
    public record Cpu(String vendor, String family, String model, String stepping, String microcode) {
    }

    /** The hypervisor CPU flag, the vendor lscpu names, and what systemd-detect-virt says. */
    public record Virtualization(boolean hypervisorFlag, String hypervisorVendor, String detected) {
    }

    public Host {
        cpuFlags = cpuFlags == null ? Map.of() : cpuFlags;
        more = more == null ? new LinkedHashMap<>() : more;
    }
}
