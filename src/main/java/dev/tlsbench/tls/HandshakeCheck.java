package dev.tlsbench.tls;

import dev.tlsbench.provider.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * Runs one handshake with the wire recorded and proves it negotiated exactly the configuration:
 * protocol, suite and group as the hellos carry them (and as both sessions report them), no
 * HelloRetryRequest, and resumed or not as expected. Any difference makes the configuration
 * Unsupported on this stack: it is never measured as something else.
 */
public final class HandshakeCheck {

    private HandshakeCheck() {
    }

    public static WireHello handshake(EnginePump pump, SSLEngine client, SSLEngine server, StackDriver driver,
                                      HandshakeConfig config, boolean expectResumed) {
        WireHello wire;
        try {
            wire = pump.handshakeOnTheRecord(client, server);
        } catch (SSLException | RuntimeException e) {
            throw new Unsupported(config + ": the handshake failed", e);
        }
        List<String> wrong = new ArrayList<>();
        expect(wrong, "protocol on the wire", config.protocol(), wire.protocol());
        expect(wrong, "suite on the wire", config.suite(), wire.suite());
        expect(wrong, "client session protocol", config.protocol(), client.getSession().getProtocol());
        expect(wrong, "client session suite", config.suite(), client.getSession().getCipherSuite());
        expect(wrong, "server session suite", config.suite(), server.getSession().getCipherSuite());
        if (wire.group() != null) { // null: a resumed TLS 1.2 handshake exchanges no keys
            expect(wrong, "group on the wire", config.group().jsseName(), wire.group());
        }
        String reported = driver.reportedGroup(client);
        if (reported != null && !config.group().jsseName().isEmpty()) {
            expect(wrong, "group the stack reports", config.group().jsseName(), normalise(reported));
        }
        if (wire.helloRetry()) {
            wrong.add("the server sent a HelloRetryRequest (an extra round trip)");
        }
        if (wire.resumed() != expectResumed) {
            wrong.add(expectResumed ? "the session was not resumed" : "a session was resumed (" + wire.resumedBy() + ")");
        }
        if (!wrong.isEmpty()) {
            throw new Unsupported(config + " negotiated something else: " + String.join("; ", wrong));
        }
        return wire;
    }

    private static void expect(List<String> wrong, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + " " + (actual == null || actual.isEmpty() ? "(none)" : actual)
                    + ", not " + (expected.isEmpty() ? "(none)" : expected));
        }
    }

    /** Conscrypt (BoringSSL) names groups "X25519", "P-256": map them to the JSSE names. */
    private static String normalise(String group) {
        String g = group.toLowerCase(Locale.ROOT);
        return switch (g) {
            case "p-256" -> "secp256r1";
            case "x25519mlkem768" -> "X25519MLKEM768";
            default -> g;
        };
    }
}
