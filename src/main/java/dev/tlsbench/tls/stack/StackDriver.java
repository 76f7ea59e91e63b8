package dev.tlsbench.tls.stack;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.config.TlsSuite;
import java.security.Provider;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** How one TLS stack is built and configured: what differs between SunJSSE, BCJSSE, Conscrypt and Netty's OpenSSL engine. */
public interface StackDriver {

    /**
     * The JSSE provider SSLContext, KeyManagerFactory and TrustManagerFactory come from (a stack
     * that is no JSSE provider names the one its users take those factories from).
     *
     * @param lens applied to any JCA provider object the stack is built over (BCJSSE's BC), so a
     *             proof can see which of its services the handshake uses; identity when timing
     */
    Provider jsse(UnaryOperator<Provider> lens);

    /** The KeyManagerFactory algorithm the stack's users get when they ask for none in particular. */
    String defaultKeyManagerAlgorithm();

    /**
     * The server end's context: its key held as {@code keyManager} says, limited to {@code groups}
     * (first preferred; empty: the stack's own choice). By default a JSSE SSLContext of {@code jsse}.
     *
     * @throws Exception as SSLContext and KeyManagerFactory throw: the caller tells refusals apart
     */
    default StackContext serverContext(Provider jsse, ServerKeyManager keyManager, Pki pki, List<TlsGroup> groups)
            throws Exception {
        SSLContext server = SSLContext.getInstance("TLS", jsse);
        server.init(keyManager.keyManagers(this, jsse, pki), null, null);
        if (!groups.isEmpty()) {
            pinGroups(server, groups);
        }
        return StackContext.of(server, false);
    }

    /**
     * The client end's context, validating the server's chain with {@code trust} (null: the
     * stack's default trust), limited to {@code groups} as {@link #serverContext} is.
     */
    default StackContext clientContext(Provider jsse, X509ExtendedTrustManager trust, List<TlsGroup> groups) throws Exception {
        SSLContext client = SSLContext.getInstance("TLS", jsse);
        client.init(null, trust == null ? null : new TrustManager[] {trust}, null);
        if (!groups.isEmpty()) {
            pinGroups(client, groups);
        }
        return StackContext.of(client, true);
    }

    /**
     * Limits a context to these named groups, first preferred, where the stack pins groups per
     * context. No-op by default.
     */
    default void pinGroups(SSLContext context, List<TlsGroup> groups) {
    }

    /** Limits an engine to these named groups, first preferred, where the stack pins per engine. */
    default void pinGroups(SSLEngine engine, List<TlsGroup> groups) {
    }

    /** The JVM-wide changes this stack needs for this configuration, held while it runs. */
    GlobalSwitch.Lease prepareJvm(HandshakeConfig config);

    /** True when this stack and {@code other} cannot run in one JVM (they change the same JVM-wide state). */
    default boolean sharesJvmStateWith(StackDriver other) {
        return false;
    }

    /** The cipher suites to enable on an engine for a pinned suite: by default the suite only. */
    default String[] enabledSuites(TlsSuite suite, CertType cert) {
        return new String[] {suite.name()};
    }

    /** Makes a server engine able to resume sessions where the stack needs to be told. No-op by default. */
    default void allowResumption(SSLEngine server) {
    }

    /** Why this stack cannot resume {@code protocol} at all, where that is known; empty when it can. */
    default Optional<String> cannotResume(TlsProtocol protocol) {
        return Optional.empty();
    }

    /**
     * Why this stack's TLS 1.3 finite-field secret differs from RFC 8446 7.4.1's (left-padded to the
     * prime's length), found by trying; empty when it does not. Two stacks that differ here fail
     * about one handshake in 256 against each other (the secrets with a leading zero byte).
     */
    default Optional<String> tls13FfdheSecretDefect() {
        return Optional.empty();
    }

    /** The group the stack's own API says was negotiated, or null when it has no such API. */
    default TlsGroup reportedGroup(SSLEngine engine) {
        return null;
    }

    /** True when the handshake's crypto runs inside the engine (native) instead of through JCA. */
    default boolean cryptoInEngine() {
        return false;
    }

    /**
     * The packages of the stack's own code: a JCA service asked for from one of them was asked for
     * by this stack (the attribution of a mixed pair tells the two ends apart by it).
     */
    List<String> packages();
}
