package dev.tlsbench.tls.stack;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Netty's OpenSSL engine (SslProvider.OPENSSL_REFCNT: ReferenceCountedOpenSslEngine) over
 * netty-tcnative's BoringSSL: the whole handshake and record layer run natively, so no JCA
 * provider serves its crypto. Contexts come from Netty's SslContextBuilder as a Netty server or
 * client builds them; the trust manager (and, for {@link ServerKeyManager#PKIX_KEY_STORE}, the key
 * manager) are the JDK's, which is where Netty's users take them from. Its engines and contexts
 * hold native memory until released ({@link NettyOpenSslContext}).
 */
final class NettyOpenSslDriver implements StackDriver {

    /**
     * Netty's engine logs at INFO, through java.util.logging when no SLF4J binding is on the class path (the
     * shaded jar), every time an engine is limited to a TLS 1.3 suite ("BoringSSL doesn't allow to
     * enable or disable TLSv1.3 ciphers"): once per pinned connection, which would time the console.
     * Held in a field: JUL keeps loggers weakly, and a collected logger forgets its level.
     */
    private static final Logger OPENSSL_LOG = Logger.getLogger("io.netty.handler.ssl");

    static {
        OPENSSL_LOG.setLevel(Level.WARNING);
    }

    /** No JSSE provider of its own: the trust and key manager factories its users pass it are SunJSSE's. */
    @Override
    public Provider jsse(UnaryOperator<Provider> lens) {
        TcnativeBoringSsl.INSTANCE.require();
        Provider p = Security.getProvider("SunJSSE");
        if (p == null) {
            throw new Unsupported("SunJSSE, whose trust manager Netty's OpenSSL client is given, is not installed");
        }
        return p;
    }

    @Override
    public String defaultKeyManagerAlgorithm() {
        return KeyManagerFactory.getDefaultAlgorithm();
    }

    /**
     * DEFAULT: the key and chain handed to SslContextBuilder.forServer, which loads them into
     * BoringSSL once (Netty's OpenSslX509KeyManagerFactory): the key in memory, natively.
     * PKIX_KEY_STORE: the JDK's PKIX key manager over the store, which Netty asks for the key and
     * chain at every handshake (its OpenSslKeyMaterialProvider, uncached).
     */
    @Override
    public StackContext serverContext(Provider jsse, ServerKeyManager keyManager, Pki pki, List<TlsGroup> groups)
            throws Exception {
        SslContextBuilder b = switch (keyManager) {
            case DEFAULT -> SslContextBuilder.forServer(serverKey(pki), serverChain(pki));
            case PKIX_KEY_STORE -> SslContextBuilder.forServer(keyManager.keyManagers(this, jsse, pki)[0]);
        };
        return NettyOpenSslContext.build(b, groups, false);
    }

    /**
     * No hostname check, as the JSSE engines of the other stacks do none unless asked (Netty 4.2's
     * client asks for HTTPS identification by default), and a FULL client names no server.
     */
    @Override
    public StackContext clientContext(Provider jsse, X509ExtendedTrustManager trust, List<TlsGroup> groups) throws Exception {
        SslContextBuilder b = SslContextBuilder.forClient().endpointIdentificationAlgorithm(null);
        if (trust != null) {
            b.trustManager(trust);
        }
        return NettyOpenSslContext.build(b, groups, true);
    }

    @Override
    public TlsGroup reportedGroup(javax.net.ssl.SSLEngine engine) {
        return null;
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        return GlobalSwitch.NOTHING;
    }

    @Override
    public boolean cryptoInEngine() {
        return true;
    }

    @Override
    public List<String> packages() {
        return List.of("io.netty.handler.ssl.", "io.netty.internal.tcnative.");
    }

    private static PrivateKey serverKey(Pki pki) throws Exception {
        return (PrivateKey) pki.serverKeys().getKey("server", Pki.PASSWORD);
    }

    private static X509Certificate[] serverChain(Pki pki) throws Exception {
        KeyStore keys = pki.serverKeys();
        Certificate[] chain = keys.getCertificateChain("server");
        return Arrays.copyOf(chain, chain.length, X509Certificate[].class);
    }

    /** What OpenSslContextOption.GROUPS takes: BoringSSL's group names. @throws Unsupported for a group BoringSSL lacks */
    static String[] groupNames(List<TlsGroup> groups) {
        return groups.stream().map(TlsGroup::boringSslName).toArray(String[]::new);
    }

    /** Whether a built context is Netty's OpenSSL one (a fallback to the JDK's would measure SunJSSE). */
    static void requireOpenSsl(SslContext context) {
        if (!context.getClass().getName().startsWith("io.netty.handler.ssl.ReferenceCountedOpenSsl")) {
            throw new IllegalStateException("Netty built a " + context.getClass().getName() + ", not its OpenSSL context");
        }
    }
}
