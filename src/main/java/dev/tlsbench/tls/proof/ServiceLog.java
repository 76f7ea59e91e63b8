package dev.tlsbench.tls.proof;

import dev.tlsbench.tls.stack.StackDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every JCA service a recording provider handed out: type, algorithm, serving provider, role. */
final class ServiceLog {

    /**
     * One service handed out (distinct entries only).
     *
     * @param askedFrom the package prefix of the TLS stack whose code asked for it (a
     *                  {@link StackDriver#packages()} entry), or "" when no stack's code was on the call stack
     */
    public record Use(Role role, String type, String algorithm, String provider, String askedFrom) {
        @Override
        public String toString() {
            return type + " " + algorithm + " from " + provider;
        }
    }

    private final Set<Use> uses = ConcurrentHashMap.newKeySet();

    void add(Use use) {
        uses.add(use);
    }

    public List<Use> uses(Role role) {
        List<Use> out = new ArrayList<>();
        for (Use u : uses) {
            if (u.role() == role) {
                out.add(u);
            }
        }
        out.sort(java.util.Comparator.comparing(Use::toString));
        return out;
    }
}
