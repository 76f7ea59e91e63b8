package dev.tlsbench.provider;

import java.security.Provider;
import java.util.List;

/** Whether a provider loads on this platform: its provider objects and version, or why not. */
public record Availability(boolean loaded, List<Provider> providers, String version, String reason) {

    public static Availability loaded(String version, Provider... providers) {
        return new Availability(true, List.of(providers), version, "");
    }

    public static Availability failed(String reason) {
        return new Availability(false, List.of(), "", reason);
    }
}
