package dev.tlsbench.core.kem;

import dev.tlsbench.core.NewerJdk;
import dev.tlsbench.provider.Attribution;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import javax.crypto.SecretKey;

/**
 * javax.crypto.KEM (Java 21+), reached through method handles because the jar targets Java 17. A
 * new Encapsulator/Decapsulator per operation, as TLS has a new key per handshake.
 */
final class JavaxKemApi implements MlKemApi {

    private static final String KEM_CLASS = "javax.crypto.KEM";

    /** The KEM API's method handles, erased to Object so they can be invoked exactly. */
    private record Handles(MethodHandle getInstance, MethodHandle newEncapsulator, MethodHandle encapsulate,
                           MethodHandle key, MethodHandle encapsulation, MethodHandle newDecapsulator,
                           MethodHandle decapsulate, MethodHandle providerName) {

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
                        NewerJdk.virtual(kem, "getProviderName", MethodType.methodType(String.class, Object.class),
                                String.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(KEM_CLASS + " is present but not as Java 21 defines it", e);
            }
        }
    }

    private static final Handles H = Handles.find();

    private final Object kem;

    private JavaxKemApi(Object kem) {
        this.kem = kem;
    }

    /** @throws Unsupported when this JDK has no javax.crypto.KEM or the provider no such KEM */
    static JavaxKemApi open(ProviderSet provider, String algorithm) {
        if (H == null) {
            throw new Unsupported(NewerJdk.missing(KEM_CLASS));
        }
        Object kem = Jca.instance(provider, (name, p) -> {
            try {
                return (Object) H.getInstance().invokeExact(name, p);
            } catch (Throwable t) {
                throw NewerJdk.rethrow("KEM.getInstance", t);
            }
        }, algorithm);
        String served;
        try {
            served = (String) H.providerName().invokeExact(kem);
        } catch (Throwable t) {
            throw NewerJdk.rethrow("KEM.getProviderName", t);
        }
        Attribution.requireNamed(provider, served, "KEM " + algorithm);
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
