package dev.tlsbench.provider;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reaches JCA classes newer than the Java 17 the jar is compiled for (javax.crypto.KEM in 21,
 * javax.crypto.KDF in 25) through method handles, so the same jar uses them where the running JDK
 * has them and says why not where it has not.
 */
public final class NewerJdk {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    private NewerJdk() {
    }

    /** The class, or null when this JDK does not have it. */
    public static Class<?> find(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Why an API is missing, for an Unsupported reason. */
    public static String missing(String className) {
        return className + " is not in this JDK (Java " + Runtime.version().feature() + ")";
    }

    /** A virtual method handle adapted to {@code erased}, so callers can invokeExact with Object-typed receivers. */
    public static MethodHandle virtual(Class<?> owner, String name, MethodType erased, Class<?> returnType,
                                       Class<?>... parameterTypes) throws ReflectiveOperationException {
        MethodHandle h = LOOKUP.findVirtual(owner, name, MethodType.methodType(returnType, parameterTypes));
        return h.asType(erased);
    }

    /** A static method handle adapted to {@code erased}. */
    public static MethodHandle statik(Class<?> owner, String name, MethodType erased, Class<?> returnType,
                                      Class<?>... parameterTypes) throws ReflectiveOperationException {
        MethodHandle h = LOOKUP.findStatic(owner, name, MethodType.methodType(returnType, parameterTypes));
        return h.asType(erased);
    }

    /** Rethrows what a method handle threw: errors as they are, everything else wrapped. */
    public static RuntimeException rethrow(String what, Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException(what + ": " + t, t);
    }

    /**
     * {@code getInstance(algorithm, provider)} of a newer engine class on {@code set}'s providers, as
     * {@link Jca#instance} does for the Java 17 ones.
     *
     * @param getInstance the class's static getInstance(String, Provider), erased to return Object
     * @param missingClass the class, named in the reason when this JDK lacks it ({@code getInstance} null)
     */
    public static Object instance(ProviderSet set, MethodHandle getInstance, String missingClass, String algorithm) {
        if (getInstance == null) {
            throw new Unsupported(missing(missingClass));
        }
        return Jca.instance(set, (name, p) -> {
            try {
                return (Object) getInstance.invokeExact(name, p);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, algorithm);
    }
}
