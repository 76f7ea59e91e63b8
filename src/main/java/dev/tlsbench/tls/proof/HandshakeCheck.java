package dev.tlsbench.tls.proof;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.HarnessLimit;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig.Pin;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.config.TlsSuite;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.NegotiationRefusal;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.WireHello;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Runs one handshake with the wire recorded and proves what it negotiated: for a pinned
 * configuration exactly its protocol, suite and group as the hellos carry them (and as both
 * sessions and, where it can tell, the stack report them), a HelloRetryRequest exactly when the pin
 * asks for one, and TLS 1.2's signature scheme; for the defaults, a TLS 1.3 suite and a group the
 * suite knows. And resumed or not, as expected.
 *
 * <p>States: a handshake that a stack refuses ({@link NegotiationRefusal}: nothing in common) is
 * Unsupported, any other failed handshake fails; one that negotiates
 * something else than the pin is a HarnessLimit (the stack chose, the harness could not make it
 * choose otherwise); a resumption that does not happen is Unsupported with the stack's reason; a
 * full handshake that resumed anyway, or defaults outside what the configuration declares, fail.
 */
public final class HandshakeCheck {

    private HandshakeCheck() {
    }

    public static WireHello handshake(EnginePump pump, SSLEngine client, SSLEngine server, Peers peers,
                                      HandshakeConfig config, boolean expectResumed) {
        WireHello wire;
        try {
            wire = pump.handshakeOnTheRecord(client, server);
        } catch (Unsupported u) {
            throw u;
        } catch (SSLException | RuntimeException e) {
            if (NegotiationRefusal.isRefusal(e)) {
                throw new Unsupported(config + " on " + peers + ": the handshake failed" + peerReasons(e), e);
            }
            throw new IllegalStateException(config + " on " + peers + ": the handshake failed: " + Unsupported.describe(e)
                    + peerReasons(e), e);
        }
        List<String> wrong = new ArrayList<>();
        expect(wrong, "client session protocol", wire.protocol(), client.getSession().getProtocol());
        expect(wrong, "client session suite", wire.suite(), client.getSession().getCipherSuite());
        expect(wrong, "server session suite", wire.suite(), server.getSession().getCipherSuite());
        TlsGroup reported = peers.client().driver().reportedGroup(client);
        if (reported != null && wire.group() != null) {
            expect(wrong, "group the stack reports", wire.group(), reported.jsseName());
        }
        Optional<Pin> pin = config.pin();
        if (pin.isPresent()) {
            expectPin(wrong, pin.get(), config.cert(), wire);
            for (TlsStack stack : peers.stacks()) {
                if (!wrong.isEmpty() && !GroupSupport.offers(stack, pin.get().group())) {
                    throw new Unsupported(stack + " has no " + pin.get().group().jsseName() + " group (limited to it, its"
                            + " ClientHello lists none), so " + config + " negotiated: " + String.join("; ", wrong));
                }
            }
            if (!wrong.isEmpty()) {
                throw new HarnessLimit(config + " on " + peers + " negotiated something else: " + String.join("; ", wrong));
            }
        } else {
            requireKnownDefaults(wrong, wire);
            if (!wrong.isEmpty()) {
                throw new IllegalStateException(config + " on " + peers + ": " + String.join("; ", wrong));
            }
        }
        if (wire.resumed() && !expectResumed) {
            throw new IllegalStateException(config + " on " + peers + ": a client that named no server resumed a session ("
                    + wire.resumedBy() + ")");
        }
        if (!wire.resumed() && expectResumed) {
            throw new Unsupported(whyNotResumed(peers, TlsProtocol.ofCodePoint(protocolCode(wire))));
        }
        return wire;
    }

    /** What the other end said of its own failure (EnginePump.handshakeOnTheRecord adds it as suppressed), or "". */
    private static String peerReasons(Exception e) {
        StringBuilder b = new StringBuilder();
        for (Throwable peer : e.getSuppressed()) {
            b.append("; the other end: ").append(Unsupported.describe(peer));
        }
        return b.toString();
    }

    private static void expectPin(List<String> wrong, Pin pin, CertType cert, WireHello wire) {
        expect(wrong, "protocol on the wire", pin.protocol().jsseName(), wire.protocol());
        expect(wrong, "suite on the wire", pin.suite().name(), wire.suite());
        if (wire.group() != null) { // null: a resumed TLS 1.2 handshake exchanges no keys
            expect(wrong, "group on the wire", pin.group().jsseName(), wire.group());
        }
        if (wire.helloRetry() != pin.expectsHelloRetry()) {
            wrong.add(wire.helloRetry() ? "the server sent a HelloRetryRequest (the client's first key share was for another group)"
                    : "no HelloRetryRequest (the client's first key share was already for " + wire.group() + ")");
        }
        if (wire.tls12SignatureScheme() >= 0 && wire.tls12SignatureScheme() != cert.signature(TlsProtocol.TLS12).codePoint()) {
            wrong.add(String.format("ServerKeyExchange signed with scheme 0x%04X, not %s", wire.tls12SignatureScheme(),
                    cert.signature(TlsProtocol.TLS12)));
        }
    }

    /** The defaults' parts are every TLS 1.3 suite and every known group: anything else is outside them. */
    private static void requireKnownDefaults(List<String> wrong, WireHello wire) {
        expect(wrong, "protocol the defaults negotiated", TlsProtocol.TLS13.jsseName(), wire.protocol());
        if (wire.group() == null || Arrays.stream(TlsGroup.values()).noneMatch(g -> g.jsseName().equals(wire.group()))) {
            wrong.add("group " + wire.group() + " is not a TlsGroup constant");
        }
        try {
            TlsSuite.valueOf(wire.suite());
        } catch (IllegalArgumentException e) {
            wrong.add("suite " + wire.suite() + " is not a TlsSuite constant");
        }
    }

    private static int protocolCode(WireHello wire) {
        for (TlsProtocol p : TlsProtocol.values()) {
            if (p.jsseName().equals(wire.protocol())) {
                return p.codePoint();
            }
        }
        return -1;
    }

    private static String whyNotResumed(Peers peers, TlsProtocol protocol) {
        for (TlsStack stack : peers.stacks()) {
            Optional<String> reason = protocol == null ? Optional.empty() : stack.driver().cannotResume(protocol);
            if (reason.isPresent()) {
                return "not resumed: " + reason.get();
            }
        }
        return "the session was not resumed (the client offered none, or the server did not accept it)";
    }

    private static void expect(List<String> wrong, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + " " + (actual == null || actual.isEmpty() ? "(none)" : actual)
                    + ", not " + (expected.isEmpty() ? "(none)" : expected));
        }
    }
}
