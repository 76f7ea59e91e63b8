package dev.tlsbench.openssl;

/**
 * What {@link OpenSslSpeed} measures, each with the name {@code openssl speed} prints for it (and
 * speed.json keeps): the vocabulary a domain constant names its native counterpart in, so a
 * constant says which measurement it compares with and the report matches on these names only.
 */
public enum SpeedAlgorithm {
    AES_128_GCM("AES-128-GCM"),
    AES_256_GCM("AES-256-GCM"),
    CHACHA20_POLY1305("ChaCha20-Poly1305"),
    /** rsa2048: sign is the private-key operation, verify the public-key one. */
    RSA_2048("RSA-2048"),
    ECDSA_P256("ECDSA P-256"),
    /** ecdhp256: the shared secret only, no key generation. */
    ECDH_P256("P-256"),
    /** ecdhx25519: the shared secret only, no key generation. */
    X25519("X25519"),
    ED25519("Ed25519");

    private final String speedName;

    SpeedAlgorithm(String speedName) {
        this.speedName = speedName;
    }

    /** The algorithm as openssl speed names it ("RSA-2048"). */
    public String speedName() {
        return speedName;
    }
}
