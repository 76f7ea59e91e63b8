package dev.tlsbench.tls.proof;

import java.util.Locale;

/** What a JCA service handed out during a handshake was for. */
public enum Role {
    /** The AEAD protecting records (and TLS 1.3's encrypted handshake messages). */
    RECORD_CIPHER,
    /** (EC)DHE / KEM key pairs and agreements, or RSA key transport. */
    KEY_EXCHANGE,
    /** Signing and verifying the handshake (CertificateVerify, ServerKeyExchange). */
    SIGNATURE,
    /** Anything a trust manager asked for while validating the certificate chain. */
    CHAIN_VALIDATION,
    /** Hashes, HMAC/HKDF/PRF, key factories, SecureRandom, the JSSE provider's own services. */
    OTHER;

    /** Classifies one service by its JCA type and algorithm, and whether a trust manager asked. */
    static Role of(String type, String algorithm, boolean forTrustManager) {
        if (forTrustManager) {
            return CHAIN_VALIDATION;
        }
        String alg = algorithm.toUpperCase(Locale.ROOT);
        return switch (type) {
            // PBE ciphers decrypt a PKCS12 key store's keys: not the handshake's crypto.
            case "Cipher" -> alg.startsWith("RSA") ? KEY_EXCHANGE : alg.startsWith("PBE") ? OTHER : RECORD_CIPHER;
            case "Mac" -> alg.contains("POLY1305") ? RECORD_CIPHER : OTHER;
            case "KeyAgreement", "KEM", "KeyPairGenerator" -> KEY_EXCHANGE;
            case "Signature" -> SIGNATURE;
            default -> OTHER;
        };
    }
}
