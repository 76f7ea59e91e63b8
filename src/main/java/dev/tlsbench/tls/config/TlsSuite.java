package dev.tlsbench.tls.config;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.record.Aead;

/**
 * The cipher suites a configuration can pin or a stack's defaults can negotiate, by their IANA
 * names (as SSLSession.getCipherSuite() gives them), with the code point on the wire, the
 * protocol they belong to and the AEAD that protects their records.
 */
public enum TlsSuite {
    TLS_RSA_WITH_AES_128_GCM_SHA256(0x009C, TlsProtocol.TLS12, Aead.AES_128_GCM),
    TLS_DHE_RSA_WITH_AES_128_GCM_SHA256(0x009E, TlsProtocol.TLS12, Aead.AES_128_GCM),
    TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256(0xC02B, TlsProtocol.TLS12, Aead.AES_128_GCM),
    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256(0xC02F, TlsProtocol.TLS12, Aead.AES_128_GCM),
    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256(0xCCA9, TlsProtocol.TLS12, Aead.CHACHA20_POLY1305),
    TLS_AES_128_GCM_SHA256(0x1301, TlsProtocol.TLS13, Aead.AES_128_GCM),
    TLS_AES_256_GCM_SHA384(0x1302, TlsProtocol.TLS13, Aead.AES_256_GCM),
    TLS_CHACHA20_POLY1305_SHA256(0x1303, TlsProtocol.TLS13, Aead.CHACHA20_POLY1305);

    private final int codePoint;
    private final TlsProtocol protocol;
    private final Aead aead;

    TlsSuite(int codePoint, TlsProtocol protocol, Aead aead) {
        this.codePoint = codePoint;
        this.protocol = protocol;
        this.aead = aead;
    }

    public int codePoint() {
        return codePoint;
    }

    public TlsProtocol protocol() {
        return protocol;
    }

    public Aead aead() {
        return aead;
    }

    /** TLS 1.2 RSA key transport, which newer JDKs disable by default. */
    public boolean isRsaKeyTransport() {
        return name().startsWith("TLS_RSA_");
    }

    /** The suite with this code point, or null for one the suite does not know. */
    public static TlsSuite ofCodePoint(int codePoint) {
        for (TlsSuite s : values()) {
            if (s.codePoint == codePoint) {
                return s;
            }
        }
        return null;
    }
}
