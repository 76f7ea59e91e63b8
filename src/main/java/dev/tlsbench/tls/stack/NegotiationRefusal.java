package dev.tlsbench.tls.stack;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;

/**
 * The failures that are a stack refusing what a configuration asks of it, each case named here with
 * why. Only these make a cell unsupported; any other exception while contexts are made or a
 * handshake runs is a failure (the cell is FAILED, with its stack trace), so a harness bug or a
 * misbehaving trust manager, key manager or provider never passes for a missing feature.
 *
 * <p>In a handshake, RFC 8446 6.2 names the alerts of a negotiation that found nothing acceptable in
 * common: handshake_failure, protocol_version and insufficient_security. Each stack says so its own
 * way (below). Whatever the stack, a chain that carries anything but the stack's own TLS exceptions
 * (an IllegalStateException from a trust manager, say) is never a refusal.
 *
 * <p>Refusals found where they happen are thrown as Unsupported there and are not repeated here: a
 * group BoringSSL has no name for ({@code TlsGroup.boringSslName}), Conscrypt's KeyManagerFactory
 * that takes no KeyStore.Builder ({@code ServerKeyManager.PKIX_KEY_STORE}), a group a stack cannot be
 * pinned to ({@code ConscryptDriver.pinGroups}), a group missing from a stack's ClientHello
 * ({@code proof.GroupSupport}), a record cipher the stack's provider lacks ({@code proof.HandshakeAttribution}),
 * a resumption a stack does not do ({@code StackDriver.cannotResume}).
 */
public final class NegotiationRefusal {

    /** RFC 8446 6.2: the alerts a peer sends when the offered parameters leave nothing acceptable. */
    private static final Set<Short> REFUSAL_ALERTS = Set.of(AlertDescription.handshake_failure,
            AlertDescription.protocol_version, AlertDescription.insufficient_security);

    /**
     * SunJSSE from JDK 21 starts its exception's message with the alert it sends, "(handshake_failure) ...".
     */
    private static final List<String> SUNJSSE_ALERT_PREFIXES = List.of("(handshake_failure)", "(protocol_version)",
            "(insufficient_security)");

    /**
     * SunJSSE on JDK 17 names no alert, so its diagnostics for the same refusals, as it words them
     * (sun.security.ssl, unchanged from 17 to 25).
     */
    private static final List<String> SUNJSSE_REFUSALS = List.of(
            // HandshakeContext: no enabled protocol has an enabled suite that the algorithm constraints
            // (the pin, jdk.tls.disabledAlgorithms: TLS_RSA_* on JDK 24+) allow
            "No appropriate protocol",
            // handshake_failure: no signature scheme both ends accept for the server's certificate
            "No available authentication scheme",
            // handshake_failure: the server has none of the suites the client offers
            "no cipher suites in common",
            // handshake_failure: no named group both ends allow
            "No supported named group",
            // protocol_version: the client offers no version the server has enabled
            "Client requested protocol");

    /**
     * BoringSSL's error reasons for the same, as Conscrypt quotes them ("OPENSSL_internal:REASON"),
     * Conscrypt's exceptions naming no alert.
     */
    private static final Set<String> BORINGSSL_REFUSALS = Set.of(
            "NO_SHARED_CIPHER", "NO_SHARED_GROUP", "NO_COMMON_SIGNATURE_ALGORITHMS", "UNSUPPORTED_PROTOCOL",
            // The server has no certificate it can use for what was offered: Conscrypt's server picks its
            // key by the key types of the enabled TLS 1.2 suites, and there is no TLS 1.2 Ed25519 suite, so
            // a TLS 1.3 server with an Ed25519 key has none (BoringSSL sends internal_error for it, but the
            // server is declining the configuration, not failing).
            "NO_CERTIFICATE_SET");

    /**
     * Netty's own refusals, in the messages of the SSLHandshakeExceptions its OpenSSL engine throws
     * (its server alerts internal_error and says why on its next call; EnginePump adds that as
     * suppressed).
     */
    private static final List<String> NETTY_REFUSALS = List.of(
            // OpenSslKeyMaterialManager: the server picks its key by the auth methods of its enabled
            // TLS 1.2 suites (RSA, ECDSA); a key of no such type (Ed25519) is never chosen, so the
            // server has no certificate for the handshake, as Conscrypt's NO_CERTIFICATE_SET
            "Unable to find key material for auth method(s)");

    private NegotiationRefusal() {
    }

    /**
     * Whether a handshake's failure is one of the stacks refusing the configuration (see the class
     * comment); false for anything else.
     */
    public static boolean isRefusal(Throwable failure) {
        if (isOwnRefusal(failure)) {
            return true;
        }
        if (!(failure instanceof IOException)) {
            return false;
        }
        for (Throwable peer : failure.getSuppressed()) { // the other end's own reason (EnginePump.handshakeOnTheRecord)
            if (isOwnRefusal(peer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOwnRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof IOException)) {
                return false; // a RuntimeException, an Error: not the stack's TLS machinery saying no
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // BCJSSE: the alert it raised travels as the cause of its SSLException, with no cause of its own
            if (t instanceof TlsFatalAlert alert && alert.getCause() == null) {
                return REFUSAL_ALERTS.contains(alert.getAlertDescription());
            }
        }
        if (!(failure instanceof SSLHandshakeException) || failure.getMessage() == null) {
            return false;
        }
        String message = failure.getMessage();
        if (failure.getCause() == null && NETTY_REFUSALS.stream().anyMatch(message::startsWith)) {
            return true;
        }
        if (failure.getCause() == null) {
            String diagnostic = message.startsWith("(") && message.contains(") ") ? message.substring(message.indexOf(") ") + 2) : message;
            if (SUNJSSE_ALERT_PREFIXES.stream().anyMatch(message::startsWith) || SUNJSSE_REFUSALS.stream().anyMatch(diagnostic::startsWith)) {
                return true;
            }
        }
        int at = message.indexOf("OPENSSL_internal:");
        if (at >= 0) {
            String reason = message.substring(at + "OPENSSL_internal:".length()).split("[^A-Z0-9_]", 2)[0];
            return BORINGSSL_REFUSALS.contains(reason);
        }
        return false;
    }

    /**
     * Whether a failure to make a stack's context is the stack not having what was asked: its JSSE
     * provider has no such SSLContext, KeyManagerFactory or TrustManagerFactory algorithm.
     */
    public static boolean isMissingAlgorithm(Throwable failure) {
        return failure instanceof NoSuchAlgorithmException;
    }

    /**
     * Whether setting an engine's protocols or suites failed because the stack does not know the name
     * (SSLEngine.setEnabledProtocols and setEnabledCipherSuites throw IllegalArgumentException for it).
     */
    public static boolean isUnknownName(Throwable failure) {
        return failure instanceof IllegalArgumentException;
    }
}
