package dev.tlsbench.tls.config;

import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.handshake.KeyEstablishment.RsaTransport;
import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.tls.config.TlsSuite.Authentication;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The server's leaf certificate (and the key type of the CA that signed it), with how TLS uses
 * its key: the signature scheme a TLS 1.2 and a TLS 1.3 server signs with, and for RSA the key
 * transport of TLS_RSA_* suites.
 */
public enum CertType implements Labeled {
    /**
     * rsa_pss_rsae_sha256 in both versions: TLS 1.3 forbids PKCS#1 v1.5 in CertificateVerify, and
     * in TLS 1.2 every stack's client lists PSS before PKCS#1 (the wire check of a TLS 1.2
     * ServerKeyExchange proves it).
     */
    RSA_2048("RSA-2048", "RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), "SHA256withRSA", Authentication.RSA,
            SignatureScheme.RSA_PSS_SHA256_2048, SignatureScheme.RSA_PSS_SHA256_2048),
    ECDSA_P256("ECDSA P-256", "EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA", Authentication.ECDSA,
            SignatureScheme.ECDSA_P256_SHA256, SignatureScheme.ECDSA_P256_SHA256),
    /** RFC 8422 lets TLS 1.2 ECDHE_ECDSA suites use Ed25519 too; only its TLS 1.3 use is configured. */
    ED25519("Ed25519", "Ed25519", null, "Ed25519", Authentication.ECDSA, SignatureScheme.ED25519, SignatureScheme.ED25519);

    private final String keyAlgorithm;
    private final AlgorithmParameterSpec keyParams;
    private final String signatureAlgorithm;
    private final Authentication tls12Authentication;
    private final SignatureScheme tls12Signature;
    private final SignatureScheme tls13Signature;

    private final String label;

    CertType(String label, String keyAlgorithm, AlgorithmParameterSpec keyParams, String signatureAlgorithm,
             Authentication tls12Authentication, SignatureScheme tls12Signature, SignatureScheme tls13Signature) {
        this.label = label;
        this.keyAlgorithm = keyAlgorithm;
        this.keyParams = keyParams;
        this.signatureAlgorithm = signatureAlgorithm;
        this.tls12Authentication = tls12Authentication;
        this.tls12Signature = tls12Signature;
        this.tls13Signature = tls13Signature;
    }

    @Override
    public String label() {
        return label;
    }

    /** The JCA KeyPairGenerator name. */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The KeyPairGenerator's parameters, or null when the name says it all. */
    public AlgorithmParameterSpec keyParams() {
        return keyParams;
    }

    /** The algorithm the CA signs certificates with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The authentication of the TLS 1.2 suites this key serves (RSA, or ECDSA for ECDSA and Ed25519 keys). */
    public Authentication tls12Authentication() {
        return tls12Authentication;
    }

    /** What the server signs the handshake with in {@code protocol}. */
    public SignatureScheme signature(TlsProtocol protocol) {
        return protocol == TlsProtocol.TLS13 ? tls13Signature : tls12Signature;
    }

    /** TLS_RSA_* key transport under this certificate's key. */
    public RsaTransport rsaKeyTransport() {
        if (this != RSA_2048) {
            throw new IllegalStateException(this + " keys cannot transport a premaster secret");
        }
        return new RsaTransport(RsaKeyTransport.PKCS1_2048);
    }
}
