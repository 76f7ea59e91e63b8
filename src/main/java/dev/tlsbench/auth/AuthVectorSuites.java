package dev.tlsbench.auth;

import dev.tlsbench.verify.VectorSuite;
import java.util.List;

/** The Wycheproof suites of RSA key transport and handshake signatures. */
public final class AuthVectorSuites {

    public static final List<VectorSuite> ALL = List.of(
            new RsaDecryptionVectors("rsa_pkcs1_2048_test.json", RsaKeyTransport.PKCS1_2048),
            new RsaDecryptionVectors("rsa_oaep_2048_sha256_mgf1sha256_test.json", RsaKeyTransport.OAEP_SHA256_2048),
            new SignatureVectors("rsa_signature_2048_sha256_test.json", SignatureScheme.RSA_PKCS1_SHA256_2048),
            new SignatureVectors("rsa_pss_2048_sha256_mgf1_32_test.json", SignatureScheme.RSA_PSS_SHA256_2048),
            new SignatureVectors("ecdsa_secp256r1_sha256_test.json", SignatureScheme.ECDSA_P256_SHA256),
            new SignatureVectors("ed25519_test.json", SignatureScheme.ED25519));

    private AuthVectorSuites() {
    }
}
