package dev.tlsbench.tls.stack;

import java.security.AlgorithmConstraints;
import java.security.AlgorithmParameters;
import java.security.CryptoPrimitive;
import java.security.Key;
import java.util.List;
import java.util.Set;

/**
 * Pins SunJSSE to its allowed named groups per engine on JDK 17: SunJSSE asks the engine's
 * AlgorithmConstraints whether each named group (by its name, e.g. "x25519") is permitted for
 * KEY_AGREEMENT before offering or accepting it. Everything else is permitted here, and these
 * constraints add to jdk.tls.disabledAlgorithms, they do not replace it. (SSLParameters
 * .setNamedGroups, used from JDK 20, does not exist on 17.) The wire check of every setup handshake proves
 * the pin held.
 */
final class OnlyGroupConstraints implements AlgorithmConstraints {

    /** The TLS named groups SunJSSE knows (JDK 17 to 25), by their JSSE names. */
    private static final Set<String> GROUP_NAMES = Set.of(
            "secp256r1", "secp384r1", "secp521r1", "x25519", "x448",
            "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192",
            "x25519mlkem768", "secp256r1mlkem768", "secp384r1mlkem1024",
            "brainpoolp256r1tls13", "brainpoolp384r1tls13", "brainpoolp512r1tls13");

    private final List<String> allowed;

    OnlyGroupConstraints(List<String> allowed) {
        this.allowed = allowed;
    }

    @Override
    public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, AlgorithmParameters parameters) {
        if (algorithm != null && primitives.contains(CryptoPrimitive.KEY_AGREEMENT)
                && GROUP_NAMES.contains(algorithm.toLowerCase(java.util.Locale.ROOT))) {
            return allowed.stream().anyMatch(algorithm::equalsIgnoreCase);
        }
        return true;
    }

    @Override
    public boolean permits(Set<CryptoPrimitive> primitives, Key key) {
        return true;
    }

    @Override
    public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, Key key, AlgorithmParameters parameters) {
        return permits(primitives, algorithm, parameters);
    }
}
