package dev.tlsbench.kem;

import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The encapsulate/decapsulate calls of one provider's ML-KEM through one JCA API. Two exist because
 * the standard one, javax.crypto.KEM, is Java 21+, while BouncyCastle also serves ML-KEM on Java 17
 * through KeyGenerator and its own parameter specs. Which one works is found by trying.
 */
interface MlKemApi {

    /** Encapsulates to {@code peer}: {shared secret, ciphertext}. */
    byte[][] encapsulate(PublicKey peer);

    /** The shared secret in {@code ciphertext}; throws when the provider rejects it. */
    byte[] decapsulate(PrivateKey own, byte[] ciphertext);

    /** The API's name, for logs and docs. */
    String name();
}
