package dev.tlsbench.kem;

import java.security.PublicKey;

/** What the server sends back: the ML-KEM ciphertext, plus its own ECDH share for a hybrid (else null). */
public record KemCiphertext(byte[] mlKem, PublicKey ecdh) {
}
