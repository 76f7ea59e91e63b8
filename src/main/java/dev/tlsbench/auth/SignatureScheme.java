package dev.tlsbench.auth;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.openssl.SpeedAlgorithm;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The TLS signature schemes a server authenticates a handshake with (RFC 8446 section 4.2.3),
 * each with the key size of its certificate. The {@code scheme} axis of SignatureBench.
 */
public enum SignatureScheme implements Labeled, Accelerated {
    RSA_PKCS1_SHA256_2048("RSA-2048 PKCS#1 SHA-256", 0x0401, KeyType.RSA_2048, null, "rsa_signature_2048_sha256_test.json", "SHA256withRSA"),
    RSA_PKCS1_SHA256_3072("RSA-3072 PKCS#1 SHA-256", 0x0401, KeyType.RSA_3072, null, null, "SHA256withRSA"),
    /** rsa_pss_rsae_sha256: an ordinary RSA key, PSS with SHA-256, MGF1-SHA256 and a 32-byte salt. */
    RSA_PSS_SHA256_2048("RSA-2048 PSS SHA-256", 0x0804, KeyType.RSA_2048, Pss.SHA256, "rsa_pss_2048_sha256_mgf1_32_test.json", Pss.NAMES),
    RSA_PSS_SHA256_3072("RSA-3072 PSS SHA-256", 0x0804, KeyType.RSA_3072, Pss.SHA256, null, Pss.NAMES),
    /** ecdsa_secp256r1_sha256: DER-encoded signature, as TLS carries it. */
    ECDSA_P256_SHA256("ECDSA P-256 SHA-256", 0x0403, KeyType.EC_P256, null, "ecdsa_secp256r1_sha256_test.json", "SHA256withECDSA"),
    ECDSA_P384_SHA384("ECDSA P-384 SHA-384", 0x0503, KeyType.EC_P384, null, null, "SHA384withECDSA"),
    /** Conscrypt calls it "EdDSA"; the key decides the curve. */
    ED25519("Ed25519", 0x0807, KeyType.ED25519, null, "ed25519_test.json", "Ed25519", "EdDSA");

    private final String label;
    private final int codePoint;
    private final KeyType keyType;
    private final AlgorithmParameterSpec params;
    private final String vectorFile;
    private final String[] names;

    SignatureScheme(String label, int codePoint, KeyType keyType, AlgorithmParameterSpec params, String vectorFile,
                    String... names) {
        this.label = label;
        this.codePoint = codePoint;
        this.keyType = keyType;
        this.params = params;
        this.vectorFile = vectorFile;
        this.names = names;
    }

    @Override
    public String label() {
        return label;
    }

    /** The SignatureScheme code point TLS carries (signature_algorithms, a TLS 1.2 ServerKeyExchange). */
    public int codePoint() {
        return codePoint;
    }

    /** The Wycheproof verification vectors of this scheme and key size, or null. */
    public String vectorFile() {
        return vectorFile;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** The parameters set on the Signature before use, or null when the name says it all. */
    public AlgorithmParameterSpec params() {
        return params;
    }

    /**
     * The scheme a CA whose key is of {@code caKey} signs certificates with: PKCS#1 v1.5 for RSA
     * (sha256WithRSAEncryption, what CAs issue and what tls.Pki's roots sign with), else the key's
     * own scheme.
     *
     * @throws IllegalArgumentException for a key type no scheme here signs with
     */
    public static SignatureScheme certificateSignature(KeyType caKey) {
        for (SignatureScheme s : values()) {
            if (s.keyType == caKey && s.params == null) {
                return s;
            }
        }
        throw new IllegalArgumentException("no certificate signature scheme for a " + caKey + " CA key");
    }

    /** The algorithm as providers spell it, tried in order. */
    public String[] names() {
        return names.clone();
    }

    private static final class Pss {
        static final PSSParameterSpec SHA256 = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
        /**
         * The JDK, BC and ACCP take the parameters on "RSASSA-PSS"; Conscrypt has only
         * "SHA256withRSA/PSS" (whose defaults are these; setting them explicitly is still tried).
         */
        static final String[] NAMES = {"RSASSA-PSS", "SHA256withRSA/PSS"};
    }

    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case RSA_PKCS1_SHA256_2048, RSA_PKCS1_SHA256_3072, RSA_PSS_SHA256_2048, RSA_PSS_SHA256_3072 ->
                    EnumSet.of(Acceleration.BIG_NUMBERS, Acceleration.SHA2);
            case ECDSA_P256_SHA256, ECDSA_P384_SHA384 -> EnumSet.of(Acceleration.ELLIPTIC_CURVES, Acceleration.SHA2);
            case ED25519 -> EnumSet.of(Acceleration.ELLIPTIC_CURVES);
        };
    }

    /**
     * What openssl speed measures of it, or empty: RSA-2048's sign and verify are the private- and
     * public-key operations PKCS#1 v1.5 and PSS share (the padding and hash around them are small);
     * ECDSA P-256 and Ed25519 as they are. It measures no RSA-3072 or P-384.
     */
    public Optional<SpeedAlgorithm> nativeSpeed() {
        return switch (this) {
            case RSA_PKCS1_SHA256_2048, RSA_PSS_SHA256_2048 -> Optional.of(SpeedAlgorithm.RSA_2048);
            case ECDSA_P256_SHA256 -> Optional.of(SpeedAlgorithm.ECDSA_P256);
            case ED25519 -> Optional.of(SpeedAlgorithm.ED25519);
            case RSA_PKCS1_SHA256_3072, RSA_PSS_SHA256_3072, ECDSA_P384_SHA384 -> Optional.empty();
        };
    }
}
