package dev.tlsbench.tls.stack;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.config.TlsGroup;
import java.security.Provider;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A client and a server SSLContext for one configuration, each from its end's stack, made once in
 * setup, and the engines made from them for each connection. Each context has its own session
 * cache. A pinned configuration limits every engine to its protocol, suite and groups; the
 * defaults leave every engine as the stack made it.
 *
 * <p>Resumption: a client engine made with the server's name and port looks its session up in
 * the client context's cache (all three stacks key that cache by host:port), so RESUMED clients
 * name the server and FULL clients do not, and then no stack offers a session.
 */
public final class TlsEndpoints {

    private static final int SERVER_PORT = 443;

    private final Peers peers;
    private final HandshakeConfig config;
    private final SSLContext client;
    private final SSLContext server;
    private final CountingTrustManager trust;

    private TlsEndpoints(Peers peers, HandshakeConfig config, SSLContext client, SSLContext server, CountingTrustManager trust) {
        this.peers = peers;
        this.config = config;
        this.client = client;
        this.server = server;
        this.trust = trust;
    }

    /**
     * @param lens see {@link StackDriver#jsse}: identity when timing, a recorder in a proof
     * @throws Unsupported when a stack has no such context (or cannot hold its key as asked); any
     *         other failure to make the contexts propagates
     */
    public static TlsEndpoints make(Peers peers, HandshakeConfig config, ServerKeyManager keyManager,
                                    UnaryOperator<Provider> lens) {
        try {
            Pki pki = Pki.of(config.cert());
            StackDriver serverDriver = peers.server().driver();
            Provider serverJsse = serverDriver.jsse(lens);
            SSLContext server = SSLContext.getInstance("TLS", serverJsse);
            server.init(keyManager.keyManagers(serverDriver, serverJsse, pki), null, null);

            Provider clientJsse = peers.mixed() ? peers.client().driver().jsse(lens) : serverJsse;
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", clientJsse);
            tmf.init(pki.trustAnchors());
            CountingTrustManager trust = new CountingTrustManager(extended(tmf.getTrustManagers()));
            SSLContext client = SSLContext.getInstance("TLS", clientJsse);
            client.init(null, new TrustManager[] {trust}, null);
            config.pin().filter(p -> p.group() != TlsGroup.NONE).ifPresent(p -> {
                serverDriver.pinGroups(server, GroupPin.server(config));
                peers.client().driver().pinGroups(client, GroupPin.client(config, peers.client().driver()));
            });
            return new TlsEndpoints(peers, config, client, server, trust);
        } catch (Unsupported u) {
            throw u;
        } catch (Exception e) {
            if (NegotiationRefusal.isMissingAlgorithm(e)) {
                throw new Unsupported(peers + " cannot make its SSLContexts", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(peers + " could not make its SSLContexts", e);
        }
    }

    private static X509ExtendedTrustManager extended(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the TrustManagerFactory made no X509ExtendedTrustManager");
    }

    public SSLEngine newClient(Resumption resumption) {
        SSLEngine e = resumption == Resumption.RESUMED
                ? client.createSSLEngine(Pki.SERVER_NAME, SERVER_PORT) : client.createSSLEngine();
        e.setUseClientMode(true);
        return restrict(e, peers.client().driver(), true);
    }

    public SSLEngine newServer(Resumption resumption) {
        SSLEngine e = server.createSSLEngine();
        e.setUseClientMode(false);
        if (resumption == Resumption.RESUMED) {
            peers.server().driver().allowResumption(e);
        }
        return restrict(e, peers.server().driver(), false);
    }

    /** Server certificate chains the client validated so far: one per full handshake. */
    public long chainValidations() {
        return trust.serverChains();
    }

    /** The client context's session cache. */
    public SSLSessionContext clientSessions() {
        return client.getClientSessionContext();
    }

    public Peers peers() {
        return peers;
    }

    public HandshakeConfig config() {
        return config;
    }

    private SSLEngine restrict(SSLEngine e, StackDriver driver, boolean client) {
        config.pin().ifPresent(pin -> {
            try {
                e.setEnabledProtocols(new String[] {pin.protocol().jsseName()});
                e.setEnabledCipherSuites(driver.enabledSuites(pin.suite(), config.cert()));
            } catch (RuntimeException x) {
                if (NegotiationRefusal.isUnknownName(x)) {
                    throw new Unsupported(e.getClass().getSimpleName() + " does not offer " + pin.protocol().jsseName() + " "
                            + pin.suite() + ": " + x.getMessage());
                }
                throw x;
            }
            if (pin.group() != TlsGroup.NONE) {
                driver.pinGroups(e, client ? GroupPin.client(config, driver) : GroupPin.server(config));
            }
        });
        return e;
    }
}
