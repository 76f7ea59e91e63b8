package dev.tlsbench.handshake;

import dev.tlsbench.bench.Labeled;

/**
 * How HandshakeCostBench composes one side of a handshake: the {@code composition} axis. The
 * difference between the two is the cost of decoding keys and initialising the JCA objects per
 * handshake, which falls mostly on the JNI providers.
 */
public enum Composition implements Labeled {
    /** The primitives alone: the peer's keys are provider objects, Signature and Cipher are initialised once in setup. */
    PRIMITIVES("primitives only"),
    /**
     * As one side of a real handshake does it, per operation: the peer's key share decoded from its
     * wire bytes by the provider's KeyFactory (and the own share encoded), the client's
     * certificate key decoded from its X.509 encoding and Signature (or the RSA Cipher) initialised
     * with it, the server's Signature (or Cipher) initialised with its private key; then the same
     * computation as PRIMITIVES.
     */
    AS_IN_A_HANDSHAKE("as in a handshake");

    private final String label;

    Composition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
