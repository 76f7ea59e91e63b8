package dev.tlsbench.provider;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /**
     * The one way the suite asks for an engine: {@link #instance} on the set's providers, then the
     * attribution check of the object made, so nothing measured can come from another provider.
     *
     * @param providerOf the engine's getProvider()
     * @param engine     the engine class's name, for messages ("Cipher")
     */
    public static <T> T checked(ProviderSet set, Factory<T> factory, Function<T, Provider> providerOf, String engine,
                                String... algorithms) {
        T made = instance(set, factory, algorithms);
        Attribution.require(set, providerOf.apply(made), engine + " " + String.join(" or ", algorithms));
        return made;
    }

    public static Cipher cipher(ProviderSet set, String... transformations) {
        return checked(set, Cipher::getInstance, Cipher::getProvider, "Cipher", transformations);
    }

    public static Signature signature(ProviderSet set, String... algorithms) {
        return checked(set, Signature::getInstance, Signature::getProvider, "Signature", algorithms);
    }

    public static KeyAgreement keyAgreement(ProviderSet set, String... algorithms) {
        return checked(set, KeyAgreement::getInstance, KeyAgreement::getProvider, "KeyAgreement", algorithms);
    }

    public static KeyPairGenerator keyPairGenerator(ProviderSet set, String... algorithms) {
        return checked(set, KeyPairGenerator::getInstance, KeyPairGenerator::getProvider, "KeyPairGenerator", algorithms);
    }

    public static KeyFactory keyFactory(ProviderSet set, String... algorithms) {
        return checked(set, KeyFactory::getInstance, KeyFactory::getProvider, "KeyFactory", algorithms);
    }

    public static Mac mac(ProviderSet set, String... algorithms) {
        return checked(set, Mac::getInstance, Mac::getProvider, "Mac", algorithms);
    }

    public static MessageDigest digest(ProviderSet set, String... algorithms) {
        return checked(set, MessageDigest::getInstance, MessageDigest::getProvider, "MessageDigest", algorithms);
    }
}
