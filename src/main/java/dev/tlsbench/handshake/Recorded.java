package dev.tlsbench.handshake;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a {@link HandshakePart} handed to its sink, in order: setup checks the timed code's
 * own results, not a re-computation beside it. Byte arrays are copied as they arrive (the parts
 * reuse their buffers).
 */
final class Recorded {

    private final List<Object> results = new ArrayList<>();

    private Recorded() {
    }

    /** Runs {@code part} once, as it is timed, and keeps what it produced. */
    static Recorded run(HandshakePart part) throws GeneralSecurityException {
        Recorded r = new Recorded();
        part.run(o -> r.results.add(o instanceof byte[] b ? b.clone() : o));
        return r;
    }

    /** The i-th result, which must be a {@code type}: a part that produces something else is a harness bug. */
    <T> T get(int i, Class<T> type) {
        if (i >= results.size() || !type.isInstance(results.get(i))) {
            throw new IllegalStateException("result " + i + " of " + results + " is not a " + type.getSimpleName());
        }
        return type.cast(results.get(i));
    }

    byte[] bytes(int i) {
        return get(i, byte[].class);
    }
}
