package dev.tlsbench.provider;

import java.security.Provider;
import java.util.List;

/**
 * Whether a provider loads on this platform: its provider objects, its version and the native
 * library behind it (empty for pure-Java providers), or why it does not load.
 */
public record Availability(boolean loaded, List<Provider> providers, String version, String nativeLibrary, String reason) {

    public static Availability loaded(String version, String nativeLibrary, Provider... providers) {
        return new Availability(true, List.of(providers), version, nativeLibrary, "");
    }

    public static Availability failed(String reason) {
        return new Availability(false, List.of(), "", "", reason);
    }
}
