package dev.tlsbench.handshake;

import dev.tlsbench.bench.Labeled;

/**
 * How HandshakeCostBench composes one side of a handshake: the {@code composition} axis. The
 * difference between the two is the cost of decoding and encoding keys and initialising the JCA
 * objects per handshake (which falls mostly on the JNI providers) and, for the client, the
 * verification of the certificate chain's one signature. The labels say which includes the chain:
 * they are what the report shows next to the numbers.
 */
public enum Composition implements Labeled {
    /**
     * The primitives alone: the peer's keys are provider objects, Signature and Cipher are
     * initialised once in setup. The client does not verify the certificate chain.
     */
    PRIMITIVES("primitives only, no certificate-chain signature"),
    /**
     * As one side of a real handshake does it, per operation: the peer's key share decoded from its
     * wire bytes by the provider's KeyFactory (and the own share encoded), the client's
     * certificate key decoded from its X.509 encoding and Signature (or the RSA Cipher) initialised
     * with it, the server's Signature (or Cipher) initialised with its private key; then the same
     * computation as PRIMITIVES; and the client verifies the CA's signature over the server's leaf
     * certificate (with the CA's key type: the chain's one signature below a trust anchor).
     */
    AS_IN_A_HANDSHAKE("as in a handshake, client incl. the CA's signature on the leaf");

    private final String label;

    Composition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
