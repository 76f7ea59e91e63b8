package dev.tlsbench.tls.proof;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which provider served each role in a stack's handshakes, as the recording providers saw it, and
 * the inherent exceptions (a role the stack's provider has no algorithm for, served by another).
 */
public record AttributionReport(Map<Role, String> servedBy, List<String> inherent) {

    public AttributionReport {
        servedBy = new EnumMap<>(servedBy);
        inherent = List.copyOf(inherent);
    }

    public String servedBy(Role role) {
        return servedBy.getOrDefault(role, "-");
    }
}
