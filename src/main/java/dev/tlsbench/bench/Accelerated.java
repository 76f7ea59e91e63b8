package dev.tlsbench.bench;

import dev.tlsbench.verify.Composite;
import java.util.EnumSet;
import java.util.Set;

/**
 * An algorithm constant that says which hardware help its speed depends on: the decision behind the
 * CPU and VM flags a chart's caption shows. An empty set is a decision too (nothing to accelerate).
 */
public interface Accelerated {

    Set<Acceleration> acceleration();

    /**
     * What a {@link Composite} algorithm (a handshake, a TLS configuration, a hybrid KEM) depends on:
     * what its parts, recursively, depend on.
     */
    static Set<Acceleration> ofParts(Composite composite) {
        Set<Acceleration> out = EnumSet.noneOf(Acceleration.class);
        for (Enum<?> part : composite.parts()) {
            for (Enum<?> p : Composite.closure(part)) {
                if (p instanceof Accelerated a && p != composite) {
                    out.addAll(a.acceleration());
                }
            }
        }
        return out;
    }
}
