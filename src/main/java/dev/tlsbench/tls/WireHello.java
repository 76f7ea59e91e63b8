package dev.tlsbench.tls;

/**
 * What the hellos on the wire say was negotiated: read from the plaintext ClientHello,
 * ServerHello and (TLS 1.2) ServerKeyExchange, the way a packet capture would show it, so the
 * proof does not depend on what a stack chooses to report about itself.
 *
 * @param group              the named group's JSSE name; "" for RSA key transport; null when the
 *                           handshake carried no key exchange (a resumed TLS 1.2 handshake)
 * @param resumedBy          "" for a full handshake, else "session ID", "session ticket" or "PSK"
 * @param helloRetry         true when the server sent a HelloRetryRequest (an extra round trip)
 * @param tls12SignatureScheme the SignatureScheme code point of a TLS 1.2 ServerKeyExchange, -1 where
 *                           there is none on the wire (TLS 1.3 signs inside encrypted messages)
 */
public record WireHello(String protocol, String suite, String group, String resumedBy, boolean helloRetry,
                        int tls12SignatureScheme) {

    public boolean resumed() {
        return !resumedBy.isEmpty();
    }

    /** One line, as setup logs and TlsAttributionMain print it. */
    public String describe() {
        return protocol + " " + suite + " " + (group == null ? "(no key exchange)" : group.isEmpty() ? "(RSA key transport)" : group)
                + (helloRetry ? " after a HelloRetryRequest" : "") + (resumed() ? ", resumed by " + resumedBy : "");
    }
}
