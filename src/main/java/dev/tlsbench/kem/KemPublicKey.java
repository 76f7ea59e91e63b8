package dev.tlsbench.kem;

import java.security.PublicKey;

/** The encapsulation key a client sends: ML-KEM's, plus the ECDH share of a hybrid (else null). */
public record KemPublicKey(PublicKey mlKem, PublicKey ecdh) {
}
