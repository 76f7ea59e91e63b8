package dev.tlsbench.handshake;

import dev.tlsbench.bench.Labeled;

/**
 * The TLS versions the suite measures, shared by the crypto of one handshake (what the server
 * signs) and the SSLEngine configurations (what is enabled and checked on the wire).
 */
public enum TlsProtocol implements Labeled {
    /** The server signs ServerKeyExchange (RFC 5246 7.4.3). */
    TLS12("TLSv1.2", 0x0303),
    /** The server signs CertificateVerify (RFC 8446 4.4.3). */
    TLS13("TLSv1.3", 0x0304);

    private final String jsseName;
    private final int codePoint;

    TlsProtocol(String jsseName, int codePoint) {
        this.jsseName = jsseName;
        this.codePoint = codePoint;
    }

    /** "TLS 1.2", "TLS 1.3". */
    @Override
    public String label() {
        return "TLS " + jsseName.substring("TLSv".length());
    }

    /** As SSLSession.getProtocol() and SSLEngine.setEnabledProtocols name it. */
    public String jsseName() {
        return jsseName;
    }

    /** The version on the wire (ServerHello.legacy_version or supported_versions). */
    public int codePoint() {
        return codePoint;
    }

    /** The version with this code point, or null for one the suite does not measure. */
    public static TlsProtocol ofCodePoint(int codePoint) {
        for (TlsProtocol p : values()) {
            if (p.codePoint == codePoint) {
                return p;
            }
        }
        return null;
    }
}
