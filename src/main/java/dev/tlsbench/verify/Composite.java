package dev.tlsbench.verify;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An algorithm made of others (a hybrid KEM, the crypto of a handshake, a TLS configuration): a
 * Wycheproof failure of one of its parts flags it too, and nothing else.
 */
public interface Composite {

    /** The algorithms this one is made of, directly. */
    Set<Enum<?>> parts();

    /** {@code algorithm} and, recursively, every part it is made of. */
    static Set<Enum<?>> closure(Enum<?> algorithm) {
        Set<Enum<?>> out = new LinkedHashSet<>();
        add(algorithm, out);
        return out;
    }

    private static void add(Enum<?> a, Set<Enum<?>> out) {
        if (out.add(a) && a instanceof Composite c) {
            c.parts().forEach(p -> add(p, out));
        }
    }
}
