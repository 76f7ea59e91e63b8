package dev.tlsbench.record;

import dev.tlsbench.provider.JcaProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which provider x AEAD the record family's probe says works here, probed once per test JVM. */
public final class Supported {

    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private Supported() {
    }

    public static boolean record(JcaProvider provider, Aead aead) {
        return CACHE.computeIfAbsent(provider + " " + aead, k -> RecordFamily.FAMILY.capabilities().probe(provider, aead).supported());
    }

    public static String reason(JcaProvider provider, Aead aead) {
        return RecordFamily.FAMILY.capabilities().probe(provider, aead).reason();
    }
}
