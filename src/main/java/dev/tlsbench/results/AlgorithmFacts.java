package dev.tlsbench.results;

import java.util.List;

/**
 * What the report needs to know of one algorithm constant: the CPU flags (as /proc/cpuinfo spells
 * them) and HotSpot flags its speed depends on, which a chart's caption shows with what the machine
 * and the JVM had. Empty lists: nothing to accelerate.
 */
public record AlgorithmFacts(List<String> cpuFlags, List<String> vmFlags) {

    public AlgorithmFacts {
        cpuFlags = cpuFlags == null ? List.of() : List.copyOf(cpuFlags);
        vmFlags = vmFlags == null ? List.of() : List.copyOf(vmFlags);
    }
}
