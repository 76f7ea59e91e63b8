package dev.tlsbench.tls;

import dev.tlsbench.provider.Unsupported;
import java.security.Provider;
import java.util.function.UnaryOperator;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;

/**
 * A client and a server SSLContext of one stack for one configuration, made once in setup, and
 * the engines made from them for each handshake. Each context has its own session cache. Every
 * engine is limited to the configuration's protocol, suite and group on both sides.
 *
 * <p>Resumption: a client engine made with the server's name and port looks its session up in
 * the client context's cache (all three stacks key that cache by host:port), so RESUMED clients
 * name the server and FULL clients do not, and then no stack offers a session.
 */
public final class TlsEndpoints {

    private static final int SERVER_PORT = 443;

    private final StackDriver driver;
    private final HandshakeConfig config;
    private final SSLContext client;
    private final SSLContext server;

    private TlsEndpoints(StackDriver driver, HandshakeConfig config, SSLContext client, SSLContext server) {
        this.driver = driver;
        this.config = config;
        this.client = client;
        this.server = server;
    }

    /**
     * @param lens see {@link StackDriver#jsse}: identity when timing, a recorder in a proof
     * @throws Unsupported when the stack cannot make the contexts
     */
    public static TlsEndpoints make(TlsStack stack, HandshakeConfig config, UnaryOperator<Provider> lens) {
        StackDriver driver = stack.driver();
        try {
            Pki pki = Pki.of(config.cert());
            Provider jsse = driver.jsse(lens);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX", jsse);
            kmf.init(pki.serverKeys(), Pki.PASSWORD);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", jsse);
            tmf.init(pki.trustAnchors());
            SSLContext server = SSLContext.getInstance("TLS", jsse);
            server.init(kmf.getKeyManagers(), null, null);
            SSLContext client = SSLContext.getInstance("TLS", jsse);
            client.init(null, tmf.getTrustManagers(), null);
            if (config.group() != TlsGroup.NONE) {
                driver.pinGroup(server, config);
                driver.pinGroup(client, config);
            }
            return new TlsEndpoints(driver, config, client, server);
        } catch (Unsupported u) {
            throw u;
        } catch (Exception | LinkageError e) {
            throw new Unsupported(stack + " cannot make its SSLContexts", e);
        }
    }

    public SSLEngine newClient(Resumption resumption) {
        SSLEngine e = resumption == Resumption.RESUMED
                ? client.createSSLEngine(Pki.SERVER_NAME, SERVER_PORT) : client.createSSLEngine();
        e.setUseClientMode(true);
        return restrict(e);
    }

    public SSLEngine newServer() {
        SSLEngine e = server.createSSLEngine();
        e.setUseClientMode(false);
        return restrict(e);
    }

    StackDriver driver() {
        return driver;
    }

    HandshakeConfig config() {
        return config;
    }

    private SSLEngine restrict(SSLEngine e) {
        try {
            e.setEnabledProtocols(new String[] {config.protocol()});
            e.setEnabledCipherSuites(driver.enabledSuites(config));
        } catch (IllegalArgumentException iae) {
            throw new Unsupported(e.getClass().getSimpleName() + " does not offer " + config.protocol() + " "
                    + config.suite() + ": " + iae.getMessage());
        }
        if (config.group() != TlsGroup.NONE) {
            driver.pinGroup(e, config);
        }
        return e;
    }
}
