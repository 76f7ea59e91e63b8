package dev.tlsbench.provider;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.conscrypt.Conscrypt;

/**
 * The JCA providers the suite compares: one constant each, used as the {@code provider} axis of
 * every crypto benchmark. A constant knows how to make its Provider, its version, and whether it
 * loads here and why not. Adding a provider is adding a constant.
 *
 * <p>Providers are made lazily and never registered with {@link Security} here: benchmarks ask
 * them by object, so nothing can silently fall back to another provider.
 */
public enum JcaProvider implements ProviderSet, Owner {

    /** The JDK's own crypto: SunJCE (ciphers, DH, KEM, HKDF), SunEC, SunRsaSign, SUN. */
    JDK(new Look("JDK", "#D62728", Marker.CIRCLE), Warmup.JIT, JcaProvider::loadJdk),

    /** BouncyCastle's JCA provider (bcprov). */
    BC(new Look("BC", "#1F77B4", Marker.DIAMOND), Warmup.JIT, () -> {
        BouncyCastleProvider bc = new BouncyCastleProvider();
        return Availability.loaded(bc.getVersionStr(), "", bc);
    }),

    /** Conscrypt: BoringSSL through JNI (the openjdk-uber jar). */
    CONSCRYPT(new Look("Conscrypt", "#2CA02C", Marker.SQUARE), Warmup.NATIVE, () -> {
        if (!Conscrypt.isAvailable()) {
            try {
                Conscrypt.checkAvailability();
                return Availability.failed("Conscrypt.isAvailable() is false");
            } catch (Throwable t) {
                return Availability.failed("native library did not load: " + Unsupported.describe(t));
            }
        }
        Conscrypt.Version v = Conscrypt.version();
        String version = v == null ? "unknown" : v.major() + "." + v.minor() + "." + v.patch();
        // BoringSSL has no version number, and Conscrypt does not say which revision it bundles
        return Availability.loaded(version, "BoringSSL, revision not reported by Conscrypt", Conscrypt.newProvider());
    }),

    /** Amazon Corretto Crypto Provider: AWS-LC through JNI. */
    ACCP(new Look("ACCP", "#FF7F0E", Marker.TRIANGLE_UP), Warmup.NATIVE, () -> {
        AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
        Throwable error = accp.getLoadingError();
        if (error != null) {
            return Availability.failed("native library did not load: " + Unsupported.describe(error));
        }
        accp.assertHealthy();
        return Availability.loaded(accp.getVersionStr(), accp.getAwsLcVersionStr(), accp);
    });

    /** The JDK providers that do the crypto of {@link #JDK}, in the order they are asked. */
    private static final String[] JDK_PROVIDER_NAMES = {"SunJCE", "SunEC", "SunRsaSign", "SUN"};

    private final Look look;
    private final Warmup warmup;
    private final Supplier<Availability> loader;
    private volatile Availability availability;

    JcaProvider(Look look, Warmup warmup, Supplier<Availability> loader) {
        this.look = look;
        this.warmup = warmup;
        this.loader = loader;
    }

    @Override
    public Look look() {
        return look;
    }

    @Override
    public Warmup warmup() {
        return warmup;
    }

    @Override
    public JcaProvider crypto() {
        return this;
    }

    /** Loads the provider once; a provider that cannot load says why instead of throwing. */
    public Availability availability() {
        Availability a = availability;
        if (a == null) {
            synchronized (this) {
                a = availability;
                if (a == null) {
                    try {
                        a = loader.get();
                    } catch (Throwable t) { // LinkageError included: a missing native library
                        a = Availability.failed(Unsupported.describe(t));
                    }
                    availability = a;
                }
            }
        }
        return a;
    }

    /** The name results and correctness-gate findings are attributed to: the constant's (its {@link #look()} is for people). */
    @Override
    public String label() {
        return name();
    }

    @Override
    public List<Provider> providers() {
        Availability a = availability();
        if (!a.loaded()) {
            throw new Unsupported(name() + " does not load on this platform: " + a.reason());
        }
        return a.providers();
    }

    /** The native library doing the provider's work and its version, or "" (pure Java, or not loaded). */
    public String nativeLibrary() {
        return availability().nativeLibrary();
    }

    /** The provider's version, or "" when it does not load. */
    public String version() {
        return availability().version();
    }

    private static Availability loadJdk() {
        List<Provider> found = new ArrayList<>();
        for (String name : JDK_PROVIDER_NAMES) {
            Provider p = Security.getProvider(name);
            if (p != null) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            return Availability.failed("none of the JDK providers " + String.join(", ", JDK_PROVIDER_NAMES) + " is installed");
        }
        String version = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
        return Availability.loaded(version, "", found.toArray(new Provider[0]));
    }
}
