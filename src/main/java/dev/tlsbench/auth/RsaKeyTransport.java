package dev.tlsbench.auth;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.openssl.SpeedAlgorithm;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA key transport as TLS 1.2's RSA key exchange does it: the client encrypts the 48-byte
 * premaster secret to the server's RSA key, the server decrypts it. The {@code rsa} axis of
 * RsaKeyTransportBench.
 */
public enum RsaKeyTransport implements Labeled, Accelerated {
    PKCS1_2048("RSA-2048 PKCS#1 v1.5", KeyType.RSA_2048, null, "rsa_pkcs1_2048_test.json", "RSA/ECB/PKCS1Padding"),
    PKCS1_3072("RSA-3072 PKCS#1 v1.5", KeyType.RSA_3072, null, null, "RSA/ECB/PKCS1Padding"),
    PKCS1_4096("RSA-4096 PKCS#1 v1.5", KeyType.RSA_4096, null, null, "RSA/ECB/PKCS1Padding"),
    /**
     * Not what TLS uses, but the padding to compare PKCS#1 v1.5 with. The parameters are given
     * explicitly: "OAEPWithSHA-256AndMGF1Padding" means MGF1-SHA1 on the JDK and MGF1-SHA256 elsewhere.
     */
    OAEP_SHA256_2048("RSA-2048 OAEP-SHA256", KeyType.RSA_2048,
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT),
            "rsa_oaep_2048_sha256_mgf1sha256_test.json", "RSA/ECB/OAEPPadding", "RSA/ECB/OAEPWithSHA-256AndMGF1Padding");

    private final String label;
    private final KeyType keyType;
    private final AlgorithmParameterSpec params;
    private final String vectorFile;
    private final String[] transformations;

    RsaKeyTransport(String label, KeyType keyType, AlgorithmParameterSpec params, String vectorFile, String... transformations) {
        this.label = label;
        this.keyType = keyType;
        this.params = params;
        this.vectorFile = vectorFile;
        this.transformations = transformations;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Wycheproof decryption vectors of this padding and key size, or null. */
    public String vectorFile() {
        return vectorFile;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** The padding parameters the cipher is initialized with, or null when the padding has none. */
    public AlgorithmParameterSpec params() {
        return params;
    }

    /** The transformation as the providers spell it, tried in order. */
    public String[] transformations() {
        return transformations.clone();
    }

    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case PKCS1_2048, PKCS1_3072, PKCS1_4096 -> EnumSet.of(Acceleration.BIG_NUMBERS);
            case OAEP_SHA256_2048 -> EnumSet.of(Acceleration.BIG_NUMBERS, Acceleration.SHA2);
        };
    }

    /**
     * What openssl speed measures of it, or empty: RSA-2048, whose sign is the private-key operation
     * decrypting is and verify the public-key operation encrypting is (OpenSSL 3.0's speed has no
     * separate RSA encryption, so no padding of its own: OAEP is left without). No RSA-3072 or 4096.
     */
    public Optional<SpeedAlgorithm> nativeSpeed() {
        return switch (this) {
            case PKCS1_2048 -> Optional.of(SpeedAlgorithm.RSA_2048);
            case PKCS1_3072, PKCS1_4096, OAEP_SHA256_2048 -> Optional.empty();
        };
    }
}
