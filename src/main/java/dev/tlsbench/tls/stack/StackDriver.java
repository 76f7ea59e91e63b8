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

/** How one TLS stack is built and configured: what differs between SunJSSE, BCJSSE and Conscrypt. */
public interface StackDriver {

    /**
     * The JSSE provider SSLContext, KeyManagerFactory and TrustManagerFactory come from.
     *
     * @param lens applied to any JCA provider object the stack is built over (BCJSSE's BC), so a
     *             proof can see which of its services the handshake uses; identity when timing
     */
    Provider jsse(UnaryOperator<Provider> lens);

    /** The KeyManagerFactory algorithm the stack's users get when they ask for none in particular. */
    String defaultKeyManagerAlgorithm();

    /**
     * Limits a context to these named groups, first preferred, where the stack pins groups per
     * context. No-op by default.
     */
    default void pinGroups(SSLContext context, List<TlsGroup> groups) {
    }

    /** Limits an engine to these named groups, first preferred, where the stack pins per engine. */
    default void pinGroups(SSLEngine engine, List<TlsGroup> groups) {
    }

    /**
     * True when this stack's TLS 1.3 client offers the ecdsa_secp256r1_sha256 signature scheme
     * only while secp256r1 is one of its allowed groups, so a pin with an ECDSA-P256 certificate
     * must allow it (see {@link GroupPin}). False by default: found on the wire per stack (its
     * signature_algorithms with or without secp256r1 among its groups; KeyShareWireTest).
     */
    default boolean tls13EcdsaP256NeedsSecp256r1() {
        return false;
    }

    /**
     * The key shares this stack's client sends for a pinned configuration beyond the pin's own
     * (its first share's group and its group), each with the reason; empty by default. Setup fails
     * a pinned cell whose client sends a share that is neither the pin's nor listed here, and a
     * result records the reason as the cell's wire note where the share was sent.
     */
    default List<ExtraKeyShare> extraKeyShares(HandshakeConfig config) {
        return List.of();
    }

    /** The JVM-wide changes this stack needs for this configuration, held while it runs. */
    GlobalSwitch.Lease prepareJvm(HandshakeConfig config);

    /**
     * What {@link #prepareJvm} changes in this JVM's security settings for {@code config}, for
     * people: one line per change that has an effect here (re-enabling what this JDK disables by
     * default), empty when the configuration runs on the JVM as installed. The report lists them.
     */
    default List<String> jvmChanges(HandshakeConfig config) {
        return List.of();
    }

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
