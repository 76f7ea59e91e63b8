package dev.tlsbench.tls.proof;

import java.security.Provider;
import java.security.Security;
import java.util.concurrent.Callable;

/**
 * Replaces, for the duration of one proof, every installed provider by a {@link RecordingProvider}
 * of itself, in the same order and under the same name, so lookups through the JVM-wide list
 * (SunJSSE's, and any fallback another stack makes) resolve exactly as before but are noted.
 * The original list is put back in a finally block. Proofs run one at a time.
 */
final class ProviderSwap {

    private ProviderSwap() {
    }

    static synchronized <T> T recording(ServiceLog log, Callable<T> body) throws Exception {
        Provider[] originals = Security.getProviders();
        try {
            for (Provider p : originals) {
                Security.removeProvider(p.getName());
            }
            for (Provider p : originals) {
                Security.addProvider(new RecordingProvider(p, log));
            }
            return body.call();
        } finally {
            for (Provider p : Security.getProviders()) {
                Security.removeProvider(p.getName());
            }
            for (Provider p : originals) {
                Security.addProvider(p);
            }
        }
    }

    /** Wraps one provider object (one a stack is built over) the same way. */
    static Provider recording(Provider p, ServiceLog log) {
        return new RecordingProvider(p, log);
    }
}
