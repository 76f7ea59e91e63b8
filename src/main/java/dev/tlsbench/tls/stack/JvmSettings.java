package dev.tlsbench.tls.stack;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.tlsbench.provider.JcaProvider;
import java.security.Security;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two JVM-wide changes some stack x configuration needs, each a {@link GlobalSwitch}.
 */
final class JvmSettings {

    private JvmSettings() {
    }

    /**
     * ACCP as the most preferred provider, as ACCP is deployed ({@code
     * AmazonCorrettoCryptoProvider.install()} does the same insertProviderAt(..., 1)).
     */
    static final GlobalSwitch ACCP_FIRST = new GlobalSwitch(
            () -> {
                JcaProvider.ACCP.providers(); // Unsupported when the native library did not load
                Security.insertProviderAt(AmazonCorrettoCryptoProvider.INSTANCE, 1);
            },
            () -> Security.removeProvider(AmazonCorrettoCryptoProvider.INSTANCE.getName()));

    static final String DISABLED_ALGORITHMS = "jdk.tls.disabledAlgorithms";
    private static String originalDisabled;

    /** What {@link #ACCP_FIRST} does, as the report discloses it. */
    static final String ACCP_FIRST_CHANGE = "security provider order: ACCP inserted as provider 1 (as AmazonCorrettoCryptoProvider.install() does)";

    /** What {@link #TLS_RSA_ALLOWED} does where it has an effect, as the report discloses it. */
    static final String TLS_RSA_CHANGE = "jdk.tls.disabledAlgorithms: TLS_RSA_* removed (this JDK disables RSA key transport by default;"
            + " the harness re-enables it to measure it)";

    /**
     * Whether this JVM's jdk.tls.disabledAlgorithms, as installed, lists TLS_RSA_* (JDK 24+): then
     * {@link #TLS_RSA_ALLOWED} changes something. Read before any change of the harness (or from the
     * value it saved), so an acquired switch does not hide it.
     */
    static boolean tlsRsaDisabledByDefault() {
        String installed = originalDisabled != null ? originalDisabled : Security.getProperty(DISABLED_ALGORITHMS);
        return installed != null && Arrays.stream(installed.split(",")).map(String::trim).anyMatch(x -> x.equalsIgnoreCase("TLS_RSA_*"));
    }

    /**
     * JDK 24+ list {@code TLS_RSA_*} in jdk.tls.disabledAlgorithms. For the RSA key transport
     * configuration the entry is removed from the Security property before the first SSLContext
     * of the fork is made; SunJSSE and BCJSSE read the property once, when their constraint
     * classes initialise, so an edit after that has no effect (setup then fails with the reason).
     */
    static final GlobalSwitch TLS_RSA_ALLOWED = new GlobalSwitch(
            () -> {
                originalDisabled = Security.getProperty(DISABLED_ALGORITHMS);
                if (originalDisabled != null) {
                    Security.setProperty(DISABLED_ALGORITHMS, Arrays.stream(originalDisabled.split(","))
                            .map(String::trim)
                            .filter(s -> !s.equalsIgnoreCase("TLS_RSA_*"))
                            .collect(Collectors.joining(", ")));
                }
            },
            () -> {
                if (originalDisabled != null) {
                    Security.setProperty(DISABLED_ALGORITHMS, originalDisabled);
                }
            });
}
