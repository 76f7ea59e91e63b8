package dev.tlsbench.provider;

import java.security.Provider;

/** Asserts that the object about to be measured was served by the provider the result names. */
public final class Attribution {

    private Attribution() {
    }

    /**
     * @throws IllegalStateException when {@code actual} is not one of {@code expected}'s providers:
     *         a result measured on another provider must never be reported under this one's name.
     */
    public static void require(ProviderSet expected, Provider actual, String what) {
        if (!expected.owns(actual)) {
            throw new IllegalStateException(what + " was served by "
                    + (actual == null ? "no provider" : actual.getName())
                    + ", not by " + expected.label() + " as the benchmark claims");
        }
    }

    /**
     * The same check for engines that name their provider only by a String (javax.crypto.KEM and
     * KDF have getProviderName(), not getProvider()).
     */
    public static void requireNamed(ProviderSet expected, String actualName, String what) {
        for (Provider p : expected.providers()) {
            if (p.getName().equals(actualName)) {
                return;
            }
        }
        throw new IllegalStateException(what + " was served by " + actualName + ", not by "
                + expected.label() + " as the benchmark claims");
    }
}
