package dev.tlsbench.tls.stack;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.config.TlsGroup;
import java.security.Provider;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A client and a server context for one configuration, each from its end's stack, made once in
 * setup, and the engines made from them for each connection. Each context has its own session
 * cache. Whoever makes endpoints closes them, and releases each engine once its connection is
 * closed or failed ({@link #release}): Netty's OpenSSL engines and contexts hold native memory
 * until then. A pinned configuration limits every engine to its protocol, suite and groups; the
 * defaults leave every engine as the stack made it.
 *
 * <p>Resumption: a client engine made with the server's name and port looks its session up in
 * the client context's cache (every stack keys that cache by host:port), so RESUMED clients
 * name the server and FULL clients do not, and then no stack offers a session.
 */
public final class TlsEndpoints implements AutoCloseable {

    private static final int SERVER_PORT = 443;

    private final Peers peers;
    private final HandshakeConfig config;
    private final StackContext client;
    private final StackContext server;
    private final CountingTrustManager trust;

    private TlsEndpoints(Peers peers, HandshakeConfig config, StackContext client, StackContext server, CountingTrustManager trust) {
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
        StackContext server = null;
        try {
            Pki pki = Pki.of(config.cert());
            boolean pinsGroups = config.pin().filter(p -> p.group() != TlsGroup.NONE).isPresent();
            StackDriver serverDriver = peers.server().driver();
            Provider serverJsse = serverDriver.jsse(lens);
            server = serverDriver.serverContext(serverJsse, keyManager, pki, pinsGroups ? GroupPin.server(config) : List.of());

            StackDriver clientDriver = peers.client().driver();
            Provider clientJsse = peers.mixed() ? clientDriver.jsse(lens) : serverJsse;
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", clientJsse);
            tmf.init(pki.trustAnchors());
            CountingTrustManager trust = new CountingTrustManager(extended(tmf.getTrustManagers()));
            StackContext client = clientDriver.clientContext(clientJsse, trust, pinsGroups ? GroupPin.client(config) : List.of());
            return new TlsEndpoints(peers, config, client, server, trust);
        } catch (Unsupported u) {
            closeQuietly(server);
            throw u;
        } catch (Exception e) {
            closeQuietly(server);
            if (NegotiationRefusal.isMissingAlgorithm(e)) {
                throw new Unsupported(peers + " cannot make its SSLContexts", e);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(peers + " could not make its SSLContexts", e);
        }
    }

    private static void closeQuietly(StackContext context) {
        if (context != null) {
            context.close();
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
                ? client.newEngine(Pki.SERVER_NAME, SERVER_PORT) : client.newEngine();
        return configured(e, client, peers.client().driver(), true, resumption);
    }

    public SSLEngine newServer(Resumption resumption) {
        return configured(server.newEngine(), server, peers.server().driver(), false, resumption);
    }

    /** Sets an engine up for its side; an engine that cannot be is released before the failure goes on. */
    private SSLEngine configured(SSLEngine e, StackContext context, StackDriver driver, boolean client, Resumption resumption) {
        try {
            e.setUseClientMode(client);
            if (!client && resumption == Resumption.RESUMED) {
                driver.allowResumption(e);
            }
            return restrict(e, driver, client);
        } catch (RuntimeException x) {
            context.release(e);
            throw x;
        }
    }

    /**
     * Gives back what a connection's engines hold, once it is closed or has failed (either may be
     * null: not made). Every engine from {@link #newClient} and {@link #newServer} comes here once.
     */
    public void release(SSLEngine clientEngine, SSLEngine serverEngine) {
        try {
            if (clientEngine != null) {
                client.release(clientEngine);
            }
        } finally {
            if (serverEngine != null) {
                server.release(serverEngine);
            }
        }
    }

    /** Gives back what the contexts hold; every engine must have been released. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }

    /** Both contexts, client first: for the tests that check what they still hold. */
    List<StackContext> contexts() {
        return List.of(client, server);
    }

    /** Server certificate chains the client validated so far: one per full handshake. */
    public long chainValidations() {
        return trust.serverChains();
    }

    /** The client context's session cache. */
    public SSLSessionContext clientSessions() {
        return client.sessions();
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
                driver.pinGroups(e, client ? GroupPin.client(config) : GroupPin.server(config));
            }
        });
        return e;
    }
}
