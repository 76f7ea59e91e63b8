package dev.tlsbench.kem;

import java.security.KeyPair;

/**
 * A decapsulation key pair: the ML-KEM key pair and, for a hybrid, the ECDH key pair that travels
 * with it (null for pure ML-KEM). Its {@link #publicKey()} is the client's TLS key share.
 */
public record KemKeyPair(KeyPair mlKem, KeyPair ecdh) {

    public KemPublicKey publicKey() {
        return new KemPublicKey(mlKem.getPublic(), ecdh == null ? null : ecdh.getPublic());
    }
}
