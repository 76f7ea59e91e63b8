package dev.tlsbench.tls.stack;

import dev.tlsbench.provider.Availability;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import io.netty.handler.ssl.OpenSsl;
import java.io.IOException;
import java.io.InputStream;
import java.security.Provider;
import java.util.List;
import java.util.Properties;

/**
 * The BoringSSL that netty-tcnative links statically and Netty's OpenSSL engine runs: the crypto of
 * {@link TlsStack#NETTY_OPENSSL}. It is no JCA provider (its handshake and record crypto never go
 * through JCA), so it stands in the attribution as a provider set of no provider objects, and the
 * stack's cells carry no correctness-gate flags (no vector suite reaches it).
 *
 * <p>Whether it loaded is Netty's own answer ({@link OpenSsl#isAvailable()}), and why not is the
 * loader's ({@link OpenSsl#unavailabilityCause()}). Netty's {@code -Dio.netty.handler.ssl.noOpenSsl=true}
 * makes the loader refuse, which is how the unavailable path is tried (docs/sslengine.md).
 */
public final class TcnativeBoringSsl implements ProviderSet {

    /** What results and the attribution call this crypto. */
    public static final String NAME = "TCNATIVE_BORINGSSL";

    public static final TcnativeBoringSsl INSTANCE = new TcnativeBoringSsl();

    private volatile Availability availability;

    private TcnativeBoringSsl() {
    }

    @Override
    public String label() {
        return NAME;
    }

    /** No provider objects: nothing the engine does goes through JCA. @throws Unsupported when the library did not load */
    @Override
    public List<Provider> providers() {
        require();
        return List.of();
    }

    /** @throws Unsupported with the loader's reason when netty-tcnative did not load */
    public void require() {
        Availability a = availability();
        if (!a.loaded()) {
            throw new Unsupported("Netty's OpenSSL engine is not available here: " + a.reason());
        }
    }

    /** Loaded once: netty-tcnative's version and what the library says it is ("BoringSSL"), or why it did not load. */
    public Availability availability() {
        Availability a = availability;
        if (a == null) {
            try {
                a = OpenSsl.isAvailable() ? Availability.loaded(tcnativeVersion(), describeLibrary())
                        : of(OpenSsl.unavailabilityCause());
            } catch (Throwable t) { // LinkageError included: the classes themselves missing
                a = of(t);
            }
            availability = a;
        }
        return a;
    }

    /** The availability of a library that did not load, with the loader's reason. */
    static Availability of(Throwable cause) {
        return Availability.failed("netty-tcnative did not load: " + (cause == null ? "no reason given" : Unsupported.describe(cause)));
    }

    /**
     * What netty-tcnative says it runs: OpenSsl.versionString() ("BoringSSL": BoringSSL has no
     * version of its own) and the OpenSSL API version it reports (BoringSSL answers 1.1.1's).
     */
    private static String describeLibrary() {
        return OpenSsl.versionString() + " (OpenSSL API 0x" + Long.toHexString(OpenSsl.version()) + ") in netty-tcnative";
    }

    /** netty-tcnative's own version, from its jar's Maven metadata (kept by the shaded jar), or "unknown". */
    private static String tcnativeVersion() {
        try (InputStream in = OpenSsl.class.getResourceAsStream("/META-INF/maven/io.netty/netty-tcnative-classes/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return "netty-tcnative " + p.getProperty("version", "unknown") + ", netty-handler " + nettyVersion();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String nettyVersion() {
        io.netty.util.Version v = io.netty.util.Version.identify().get("netty-handler");
        return v == null ? "unknown" : v.artifactVersion();
    }

    @Override
    public String toString() {
        return NAME;
    }
}
