package dev.tlsbench.tls;

import java.security.Provider;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/** How one TLS stack is built and configured: what differs between SunJSSE, BCJSSE and Conscrypt. */
public interface StackDriver {

    /**
     * The JSSE provider SSLContext, KeyManagerFactory and TrustManagerFactory come from.
     *
     * @param lens applied to any JCA provider object the stack is built over (BCJSSE's BC), so a
     *             proof can see which of its services the handshake uses; identity when timing
     */
    Provider jsse(UnaryOperator<Provider> lens);

    /**
     * Restricts a context to the configuration's named group, where the stack pins groups per
     * context (both sides are pinned). No-op by default.
     */
    default void pinGroup(SSLContext context, HandshakeConfig config) {
    }

    /** Restricts an engine to the configuration's named group, where the stack pins per engine. */
    default void pinGroup(SSLEngine engine, HandshakeConfig config) {
    }

    /** The JVM-wide changes this stack needs for this configuration, held while it runs. */
    GlobalSwitch.Lease prepareJvm(HandshakeConfig config);

    /** The cipher suites to enable on an engine for this configuration: by default its suite only. */
    default String[] enabledSuites(HandshakeConfig config) {
        return new String[] {config.suite()};
    }

    /** The group the stack's own API says was negotiated, or null when it has no such API. */
    default String reportedGroup(SSLEngine engine) {
        return null;
    }

    /** True when the handshake's crypto runs inside the engine (native) instead of through JCA. */
    default boolean cryptoInEngine() {
        return false;
    }
}
