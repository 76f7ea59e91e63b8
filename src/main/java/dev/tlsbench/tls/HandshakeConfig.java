package dev.tlsbench.tls;

import static dev.tlsbench.tls.CertType.ECDSA_P256;
import static dev.tlsbench.tls.CertType.RSA_2048;

/**
 * One TLS handshake configuration: protocol, cipher suite, named group and server certificate
 * travel together, so a combination that cannot exist cannot be written. Setup proves on the
 * wire that a handshake negotiated exactly these before anything is timed.
 *
 * <p>TLS 1.2 ECDHE_ECDSA uses secp256r1: a TLS 1.2 server may only use a P-256 certificate when
 * the client lists secp256r1 in supported_groups, so pinning another group would make the
 * handshake fail rather than measure something else.
 */
public enum HandshakeConfig {
    /** RSA key transport. JDK 24+ disable TLS_RSA_* in jdk.tls.disabledAlgorithms: see {@link #needsTlsRsa()}. */
    TLS12_RSA_AES_128_GCM_RSA_2048("TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256", TlsGroup.NONE, RSA_2048),
    TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", TlsGroup.X25519, RSA_2048),
    TLS12_ECDHE_ECDSA_AES_128_GCM_P256_ECDSA_P256("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", TlsGroup.SECP256R1, ECDSA_P256),
    TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", TlsGroup.SECP256R1, ECDSA_P256),
    TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048("TLSv1.2", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", TlsGroup.FFDHE2048, RSA_2048),
    TLS13_AES_128_GCM_X25519_ECDSA_P256("TLSv1.3", "TLS_AES_128_GCM_SHA256", TlsGroup.X25519, ECDSA_P256),
    TLS13_AES_128_GCM_P256_ECDSA_P256("TLSv1.3", "TLS_AES_128_GCM_SHA256", TlsGroup.SECP256R1, ECDSA_P256),
    TLS13_AES_128_GCM_FFDHE2048_ECDSA_P256("TLSv1.3", "TLS_AES_128_GCM_SHA256", TlsGroup.FFDHE2048, ECDSA_P256),
    TLS13_AES_128_GCM_X25519_RSA_2048("TLSv1.3", "TLS_AES_128_GCM_SHA256", TlsGroup.X25519, RSA_2048),
    TLS13_CHACHA20_X25519_ECDSA_P256("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", TlsGroup.X25519, ECDSA_P256),
    TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256("TLSv1.3", "TLS_AES_128_GCM_SHA256", TlsGroup.X25519MLKEM768, ECDSA_P256);

    private final String protocol;
    private final String suite;
    private final TlsGroup group;
    private final CertType cert;

    HandshakeConfig(String protocol, String suite, TlsGroup group, CertType cert) {
        this.protocol = protocol;
        this.suite = suite;
        this.group = group;
        this.cert = cert;
    }

    /** "TLSv1.2" or "TLSv1.3", as SSLSession.getProtocol() names it. */
    public String protocol() {
        return protocol;
    }

    /** The IANA cipher suite name, as SSLSession.getCipherSuite() names it. */
    public String suite() {
        return suite;
    }

    public TlsGroup group() {
        return group;
    }

    public CertType cert() {
        return cert;
    }

    public boolean isTls13() {
        return protocol.equals("TLSv1.3");
    }

    /** RSA key transport suites, which newer JDKs disable by default. */
    public boolean needsTlsRsa() {
        return suite.startsWith("TLS_RSA_");
    }
}
