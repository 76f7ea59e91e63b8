package dev.tlsbench.provider;

import java.security.Provider;
import java.util.List;

/**
 * The java.security.Provider objects that stand for one provider under test. The JDK's crypto is
 * spread over several providers (SunJCE, SunEC, SunRsaSign, SUN), so this is a set, not one object.
 * Tests implement it with a test double to prove that setup catches a misbehaving provider.
 */
public interface ProviderSet {

    /** The name results are attributed to, e.g. "JDK" or "BC". */
    String label();

    /** The providers to ask, in order. Throws {@link Unsupported} when the provider cannot load. */
    List<Provider> providers();

    /** True when {@code p} is one of this set's providers: the attribution check. */
    default boolean owns(Provider p) {
        if (p == null) {
            return false;
        }
        for (Provider mine : providers()) {
            if (mine == p || mine.getName().equals(p.getName())) {
                return true;
            }
        }
        return false;
    }

    /** A set made of the given provider objects, e.g. a test double. */
    static ProviderSet of(String label, Provider... providers) {
        List<Provider> list = List.of(providers);
        return new ProviderSet() {
            @Override public String label() { return label; }
            @Override public List<Provider> providers() { return list; }
            @Override public String toString() { return label; }
        };
    }
}
