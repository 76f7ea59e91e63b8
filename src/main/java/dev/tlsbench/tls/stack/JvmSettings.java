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
