package dev.tlsbench.auth;

import java.security.PublicKey;

/**
 * An Ed25519 public key as its X.509 encoding and nothing else, no provider involved: the key as
 * data, for a provider that verifies Ed25519 but has no KeyFactory to read one (ACCP 2.5.0,
 * which reads the encoding of any "EdDSA" key it is given).
 */
final class Ed25519PublicKey implements PublicKey {

    private static final long serialVersionUID = 1L;

    private final byte[] encoded;

    Ed25519PublicKey(byte[] x509) {
        if (!KeyPairs.isEd25519(x509)) {
            throw new IllegalArgumentException("not an X.509-encoded Ed25519 public key");
        }
        this.encoded = x509.clone();
    }

    /** The JCA's name for the key algorithm of Ed25519 and Ed448 keys (the JDK's keys say the same). */
    @Override
    public String getAlgorithm() {
        return "EdDSA";
    }

    @Override
    public String getFormat() {
        return "X.509";
    }

    @Override
    public byte[] getEncoded() {
        return encoded.clone();
    }
}
