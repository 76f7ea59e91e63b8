package dev.tlsbench.tls.config;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.record.Aead;

/**
 * The cipher suites a configuration can pin or a stack's defaults can negotiate, by their IANA
 * names (as SSLSession.getCipherSuite() gives them), with the code point on the wire, the
 * protocol they belong to, the key exchange and authentication their (TLS 1.2) name stands for,
 * and the AEAD that protects their records. Code asks these, never the name.
 */
public enum TlsSuite {
    TLS_RSA_WITH_AES_128_GCM_SHA256(0x009C, TlsProtocol.TLS12, KeyExchangeKind.RSA_KEY_TRANSPORT, Authentication.RSA, Aead.AES_128_GCM),
    TLS_DHE_RSA_WITH_AES_128_GCM_SHA256(0x009E, TlsProtocol.TLS12, KeyExchangeKind.DHE, Authentication.RSA, Aead.AES_128_GCM),
    TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256(0xC02B, TlsProtocol.TLS12, KeyExchangeKind.ECDHE, Authentication.ECDSA, Aead.AES_128_GCM),
    TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256(0xC02F, TlsProtocol.TLS12, KeyExchangeKind.ECDHE, Authentication.RSA, Aead.AES_128_GCM),
    TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256(0xCCA9, TlsProtocol.TLS12, KeyExchangeKind.ECDHE, Authentication.ECDSA,
            Aead.CHACHA20_POLY1305),
    TLS_AES_128_GCM_SHA256(0x1301, TlsProtocol.TLS13, KeyExchangeKind.BY_GROUP, Authentication.BY_CERTIFICATE, Aead.AES_128_GCM),
    TLS_AES_256_GCM_SHA384(0x1302, TlsProtocol.TLS13, KeyExchangeKind.BY_GROUP, Authentication.BY_CERTIFICATE, Aead.AES_256_GCM),
    TLS_CHACHA20_POLY1305_SHA256(0x1303, TlsProtocol.TLS13, KeyExchangeKind.BY_GROUP, Authentication.BY_CERTIFICATE,
            Aead.CHACHA20_POLY1305);

    /** How a suite's handshake establishes its keys: what its name says in TLS 1.2, nothing in TLS 1.3. */
    public enum KeyExchangeKind {
        /** TLS_RSA_*: the client encrypts the premaster secret to the certificate's RSA key; no group. */
        RSA_KEY_TRANSPORT("RSA key transport"),
        /** TLS_DHE_*: finite-field Diffie-Hellman, its group in the ServerKeyExchange. */
        DHE("DHE"),
        /** TLS_ECDHE_*: elliptic-curve Diffie-Hellman over a named group from supported_groups. */
        ECDHE("ECDHE"),
        /** TLS 1.3: the suite names no key exchange; the key_share's group (or KEM) is negotiated apart. */
        BY_GROUP("by group");

        private final String label;

        KeyExchangeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The key type a suite's server authenticates with, as its TLS 1.2 name says. */
    public enum Authentication {
        RSA,
        /** ECDSA, and by RFC 8422 Ed25519 too. */
        ECDSA,
        /** TLS 1.3: the suite names none; the certificate's key decides the signature scheme. */
        BY_CERTIFICATE
    }

    private final int codePoint;
    private final TlsProtocol protocol;
    private final KeyExchangeKind keyExchange;
    private final Authentication authentication;
    private final Aead aead;

    TlsSuite(int codePoint, TlsProtocol protocol, KeyExchangeKind keyExchange, Authentication authentication, Aead aead) {
        this.codePoint = codePoint;
        this.protocol = protocol;
        this.keyExchange = keyExchange;
        this.authentication = authentication;
        this.aead = aead;
        if ((protocol == TlsProtocol.TLS13) != (keyExchange == KeyExchangeKind.BY_GROUP)
                || (keyExchange == KeyExchangeKind.BY_GROUP) != (authentication == Authentication.BY_CERTIFICATE)) {
            throw new IllegalStateException(name() + ": only TLS 1.3 suites leave key exchange and authentication to the handshake");
        }
    }

    public int codePoint() {
        return codePoint;
    }

    public TlsProtocol protocol() {
        return protocol;
    }

    public KeyExchangeKind keyExchange() {
        return keyExchange;
    }

    public Authentication authentication() {
        return authentication;
    }

    public Aead aead() {
        return aead;
    }

    /** TLS 1.2 RSA key transport, which newer JDKs disable by default. */
    public boolean isRsaKeyTransport() {
        return keyExchange == KeyExchangeKind.RSA_KEY_TRANSPORT;
    }

    /**
     * The TLS 1.2 ECDHE suite whose server authenticates with {@code authentication} and whose
     * records {@code aead} protects.
     *
     * @throws IllegalArgumentException when no constant is that suite
     */
    public static TlsSuite tls12Ecdhe(Authentication authentication, Aead aead) {
        for (TlsSuite s : values()) {
            if (s.protocol == TlsProtocol.TLS12 && s.keyExchange == KeyExchangeKind.ECDHE && s.authentication == authentication
                    && s.aead == aead) {
                return s;
            }
        }
        throw new IllegalArgumentException("no TlsSuite constant is a TLS 1.2 ECDHE_" + authentication + " suite with " + aead);
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
