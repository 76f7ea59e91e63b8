package dev.tlsbench.provider;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;

/**
 * getInstance for a provider under test, and only that provider: each algorithm name is tried
 * on each of the set's providers, and the object returned is checked to come from the set.
 * Algorithm names are a list because providers spell some differently (Conscrypt's
 * "ChaCha20/Poly1305/NoPadding" is the JDK's and BC's "ChaCha20-Poly1305").
 */
public final class Jca {

    private Jca() {
    }

    /** A getInstance(name, provider) call of one JCA engine class. */
    @FunctionalInterface
    public interface Factory<T> {
        T get(String algorithm, Provider provider) throws Exception;
    }

    /**
     * The first object that one of {@code set}'s providers makes for one of {@code algorithms}.
     *
     * @throws Unsupported naming each provider and algorithm tried, when none has it
     */
    public static <T> T instance(ProviderSet set, Factory<T> factory, String... algorithms) {
        List<String> failures = new ArrayList<>();
        for (Provider p : set.providers()) {
            for (String algorithm : algorithms) {
                try {
                    return factory.get(algorithm, p);
                } catch (Exception | LinkageError e) {
                    failures.add(p.getName() + "/" + algorithm + ": " + Unsupported.describe(e));
                }
            }
        }
        throw new Unsupported(set.label() + " has no " + String.join(" or ", algorithms)
                + " (" + String.join("; ", failures) + ")");
    }

    public static Cipher cipher(ProviderSet set, String... transformations) {
        Cipher c = instance(set, Cipher::getInstance, transformations);
        Attribution.require(set, c.getProvider(), "Cipher " + c.getAlgorithm());
        return c;
    }

    public static Signature signature(ProviderSet set, String... algorithms) {
        Signature s = instance(set, Signature::getInstance, algorithms);
        Attribution.require(set, s.getProvider(), "Signature " + s.getAlgorithm());
        return s;
    }

    public static KeyAgreement keyAgreement(ProviderSet set, String... algorithms) {
        KeyAgreement k = instance(set, KeyAgreement::getInstance, algorithms);
        Attribution.require(set, k.getProvider(), "KeyAgreement " + k.getAlgorithm());
        return k;
    }

    public static KeyPairGenerator keyPairGenerator(ProviderSet set, String... algorithms) {
        KeyPairGenerator g = instance(set, KeyPairGenerator::getInstance, algorithms);
        Attribution.require(set, g.getProvider(), "KeyPairGenerator " + g.getAlgorithm());
        return g;
    }

    public static KeyFactory keyFactory(ProviderSet set, String... algorithms) {
        KeyFactory f = instance(set, KeyFactory::getInstance, algorithms);
        Attribution.require(set, f.getProvider(), "KeyFactory " + f.getAlgorithm());
        return f;
    }

    public static Mac mac(ProviderSet set, String... algorithms) {
        Mac m = instance(set, Mac::getInstance, algorithms);
        Attribution.require(set, m.getProvider(), "Mac " + m.getAlgorithm());
        return m;
    }

    public static MessageDigest digest(ProviderSet set, String... algorithms) {
        MessageDigest d = instance(set, MessageDigest::getInstance, algorithms);
        Attribution.require(set, d.getProvider(), "MessageDigest " + d.getAlgorithm());
        return d;
    }
}
