package dev.tlsbench.kdf;

import dev.tlsbench.provider.Attribution;
import dev.tlsbench.provider.NewerJdk;
import dev.tlsbench.provider.ProviderSet;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.security.Provider;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** javax.crypto.KDF with javax.crypto.spec.HKDFParameterSpec (Java 25), reached through method handles. */
final class JavaxKdfHkdf implements Hkdf {

    private static final String KDF_CLASS = "javax.crypto.KDF";
    private static final String SPEC_CLASS = "javax.crypto.spec.HKDFParameterSpec";

    /** The KDF API's method handles, erased to Object so they can be invoked exactly. */
    private record Handles(MethodHandle getInstance, MethodHandle providerName, MethodHandle deriveData,
                           MethodHandle ofExtract, MethodHandle addIkm, MethodHandle addSalt,
                           MethodHandle extractOnly, MethodHandle expandOnly) {

        static Handles find() {
            Class<?> kdf = NewerJdk.find(KDF_CLASS);
            Class<?> spec = NewerJdk.find(SPEC_CLASS);
            if (kdf == null || spec == null) {
                return null;
            }
            try {
                Class<?> builder = Class.forName(SPEC_CLASS + "$Builder");
                Class<?> extract = Class.forName(SPEC_CLASS + "$Extract");
                Class<?> expand = Class.forName(SPEC_CLASS + "$Expand");
                return new Handles(
                        NewerJdk.statik(kdf, "getInstance", MethodType.methodType(Object.class, String.class, Provider.class),
                                kdf, String.class, Provider.class),
                        NewerJdk.virtual(kdf, "getProviderName", MethodType.methodType(String.class, Object.class), String.class),
                        NewerJdk.virtual(kdf, "deriveData", MethodType.methodType(byte[].class, Object.class, AlgorithmParameterSpec.class),
                                byte[].class, AlgorithmParameterSpec.class),
                        NewerJdk.statik(spec, "ofExtract", MethodType.methodType(Object.class), builder),
                        NewerJdk.virtual(builder, "addIKM", MethodType.methodType(Object.class, Object.class, byte[].class),
                                builder, byte[].class),
                        NewerJdk.virtual(builder, "addSalt", MethodType.methodType(Object.class, Object.class, byte[].class),
                                builder, byte[].class),
                        NewerJdk.virtual(builder, "extractOnly", MethodType.methodType(AlgorithmParameterSpec.class, Object.class),
                                extract),
                        NewerJdk.statik(spec, "expandOnly", MethodType.methodType(AlgorithmParameterSpec.class, SecretKey.class, byte[].class, int.class),
                                expand, SecretKey.class, byte[].class, int.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(KDF_CLASS + " is present but not as Java 25 defines it", e);
            }
        }
    }

    private static final Handles H = Handles.find();

    private final Object kdf;
    private final String algorithm;

    private JavaxKdfHkdf(Object kdf, String algorithm) {
        this.kdf = kdf;
        this.algorithm = algorithm;
    }

    /** @throws Unsupported when this JDK has no javax.crypto.KDF or the provider no such KDF */
    static JavaxKdfHkdf open(ProviderSet provider, String algorithm) {
        Object kdf = NewerJdk.instance(provider, H == null ? null : H.getInstance(), KDF_CLASS, algorithm);
        try {
            Attribution.requireNamed(provider, (String) H.providerName().invokeExact(kdf), "KDF " + algorithm);
        } catch (Throwable t) {
            throw NewerJdk.rethrow("KDF.getProviderName", t);
        }
        return new JavaxKdfHkdf(kdf, algorithm);
    }

    @Override
    public byte[] extract(byte[] salt, byte[] ikm) {
        try {
            Object builder = (Object) H.ofExtract().invokeExact();
            // RFC 5869: an absent salt is hash-length zeros, the same HMAC key as an empty one; only non-empty inputs are added
            if (ikm.length > 0) {
                builder = (Object) H.addIkm().invokeExact(builder, ikm);
            }
            if (salt.length > 0) {
                builder = (Object) H.addSalt().invokeExact(builder, salt);
            }
            return derive((AlgorithmParameterSpec) H.extractOnly().invokeExact(builder));
        } catch (Throwable t) {
            throw NewerJdk.rethrow(algorithm + " extract", t);
        }
    }

    @Override
    public byte[] expand(byte[] prk, byte[] info, int length) {
        try {
            SecretKey key = new SecretKeySpec(prk, "Generic");
            return derive((AlgorithmParameterSpec) H.expandOnly().invokeExact(key, info, length));
        } catch (Throwable t) {
            throw NewerJdk.rethrow(algorithm + " expand", t);
        }
    }

    private byte[] derive(AlgorithmParameterSpec spec) throws Throwable {
        return (byte[]) H.deriveData().invokeExact(kdf, spec);
    }

    @Override
    public String api() {
        return KDF_CLASS + " " + algorithm;
    }
}
