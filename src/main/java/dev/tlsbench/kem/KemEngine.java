package dev.tlsbench.kem;

/**
 * One provider's implementation of one KEM as TLS uses it: the client generates a key pair and
 * sends its public key, the server encapsulates to it, the client decapsulates. Every key and
 * operation comes from the provider under test. Not thread-safe: one per thread.
 * Made by {@link dev.tlsbench.kem.Kem#engine}.
 */
public interface KemEngine {

    /** Client: a fresh decapsulation key pair. */
    KemKeyPair generateKeyPair();

    /** Server: a fresh shared secret for {@code peer} and the ciphertext that carries it. */
    Encapsulated encapsulate(KemPublicKey peer);

    /** Client: the shared secret carried by {@code ciphertext}. */
    byte[] decapsulate(KemKeyPair own, KemCiphertext ciphertext);

    /** Which API reaches the provider's ML-KEM, e.g. "javax.crypto.KEM": shown in setup logs and docs. */
    String api();
}
