package dev.tlsbench.kem;

import dev.tlsbench.provider.Attribution;
import dev.tlsbench.provider.NewerJdk;
import dev.tlsbench.provider.ProviderSet;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * javax.crypto.KEM (Java 21+; some Java 17 updates carry a backport of it), reached through method
 * handles because the jar targets Java 17. A
 * new Encapsulator/Decapsulator per operation, as TLS has a new key per handshake.
 */
final class JavaxKemApi implements MlKemApi {

    private static final String KEM_CLASS = "javax.crypto.KEM";

    /** The KEM API's method handles, erased to Object so they can be invoked exactly. */
    private record Handles(MethodHandle getInstance, MethodHandle newEncapsulator, MethodHandle encapsulate,
                           MethodHandle key, MethodHandle encapsulation, MethodHandle newDecapsulator,
                           MethodHandle decapsulate, MethodHandle encapsulatorProvider,
                           MethodHandle decapsulatorProvider) {

        static Handles find() {
            Class<?> kem = NewerJdk.find(KEM_CLASS);
            if (kem == null) {
                return null;
            }
            try {
                Class<?> encapsulator = Class.forName(KEM_CLASS + "$Encapsulator");
                Class<?> encapsulated = Class.forName(KEM_CLASS + "$Encapsulated");
                Class<?> decapsulator = Class.forName(KEM_CLASS + "$Decapsulator");
                return new Handles(
                        NewerJdk.statik(kem, "getInstance", MethodType.methodType(Object.class, String.class, Provider.class),
                                kem, String.class, Provider.class),
                        NewerJdk.virtual(kem, "newEncapsulator", MethodType.methodType(Object.class, Object.class, PublicKey.class),
                                encapsulator, PublicKey.class),
                        NewerJdk.virtual(encapsulator, "encapsulate", MethodType.methodType(Object.class, Object.class),
                                encapsulated),
                        NewerJdk.virtual(encapsulated, "key", MethodType.methodType(SecretKey.class, Object.class),
                                SecretKey.class),
                        NewerJdk.virtual(encapsulated, "encapsulation", MethodType.methodType(byte[].class, Object.class),
                                byte[].class),
                        NewerJdk.virtual(kem, "newDecapsulator", MethodType.methodType(Object.class, Object.class, PrivateKey.class),
                                decapsulator, PrivateKey.class),
                        NewerJdk.virtual(decapsulator, "decapsulate", MethodType.methodType(SecretKey.class, Object.class, byte[].class),
                                SecretKey.class, byte[].class),
                        NewerJdk.virtual(encapsulator, "providerName", MethodType.methodType(String.class, Object.class),
                                String.class),
                        NewerJdk.virtual(decapsulator, "providerName", MethodType.methodType(String.class, Object.class),
                                String.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(KEM_CLASS + " is present but not as Java 21 defines it (the Java 17 backport has the same API)", e);
            }
        }
    }

    private static final Handles H = Handles.find();

    private final Object kem;

    private JavaxKemApi(Object kem) {
        this.kem = kem;
    }

    /**
     * The provider's KEM for {@code algorithm}; {@code sample} (a key pair of that provider) makes one
     * Encapsulator and Decapsulator to check which provider serves them, since a KEM picks its provider
     * only when given a key.
     *
     * @throws Unsupported when this JDK has no javax.crypto.KEM or the provider no such KEM
     */
    static JavaxKemApi open(ProviderSet provider, String algorithm, KeyPair sample) {
        Object kem = NewerJdk.instance(provider, H == null ? null : H.getInstance(), KEM_CLASS, algorithm);
        try {
            Attribution.requireNamed(provider, (String) H.encapsulatorProvider().invokeExact(
                    (Object) H.newEncapsulator().invokeExact(kem, sample.getPublic())), "KEM.Encapsulator " + algorithm);
            Attribution.requireNamed(provider, (String) H.decapsulatorProvider().invokeExact(
                    (Object) H.newDecapsulator().invokeExact(kem, sample.getPrivate())), "KEM.Decapsulator " + algorithm);
        } catch (Throwable t) {
            throw NewerJdk.rethrow("KEM " + algorithm + " rejected the provider's own key pair", t);
        }
        return new JavaxKemApi(kem);
    }

    @Override
    public byte[][] encapsulate(PublicKey peer) {
        try {
            Object encapsulated = (Object) H.encapsulate().invokeExact((Object) H.newEncapsulator().invokeExact(kem, peer));
            SecretKey key = (SecretKey) H.key().invokeExact(encapsulated);
            byte[] ciphertext = (byte[]) H.encapsulation().invokeExact(encapsulated);
            return new byte[][] {key.getEncoded(), ciphertext};
        } catch (Throwable t) {
            throw NewerJdk.rethrow("KEM encapsulate", t);
        }
    }

    @Override
    public byte[] decapsulate(PrivateKey own, byte[] ciphertext) {
        try {
            Object decapsulator = (Object) H.newDecapsulator().invokeExact(kem, own);
            return ((SecretKey) H.decapsulate().invokeExact(decapsulator, ciphertext)).getEncoded();
        } catch (Throwable t) {
            throw NewerJdk.rethrow("KEM decapsulate", t);
        }
    }

    @Override
    public String name() {
        return KEM_CLASS;
    }
}
