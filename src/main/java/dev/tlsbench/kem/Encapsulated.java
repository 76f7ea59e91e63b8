package dev.tlsbench.kem;

/** The server's result of an encapsulation: the shared secret it keeps and the ciphertext it sends. */
public record Encapsulated(byte[] sharedSecret, KemCiphertext ciphertext) {
}
