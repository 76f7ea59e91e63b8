package dev.tlsbench.verify;

import dev.tlsbench.provider.JcaProvider;

/**
 * One Wycheproof file run against one provider for one algorithm of a benchmark family. Shared by
 * the tests and by the run-time correctness gate, so what the tests check is what a run checks.
 */
public interface VectorSuite {

    /** The Wycheproof file, e.g. "aes_gcm_test.json". */
    String file();

    /**
     * The algorithm this suite vouches for, an enum constant of a family's axis (e.g. Aead.AES_128_GCM):
     * a failure flags exactly the cells whose algorithm is made of it (see Family.primitivesOf).
     */
    Enum<?> algorithm();

    /**
     * Which end of a TLS handshake runs the operation these vectors test, so a finding marks only
     * that end's costs. BOTH unless a suite says otherwise.
     */
    default Side side() {
        return Side.BOTH;
    }

    /** The end of a TLS connection that uses a primitive on input from its peer. */
    enum Side {
        /** e.g. signature verification: the client checks the server's signature (no client certificates here). */
        CLIENT,
        /** e.g. RSA key-transport decryption: the server decrypts the client's premaster. */
        SERVER,
        /** key agreement, record protection, key derivation: both ends. */
        BOTH
    }

    /**
     * Runs every vector of the file that applies to {@link #algorithm()} against {@code provider}.
     *
     * @throws dev.tlsbench.provider.Unsupported when the provider does not have the algorithm
     */
    VectorReport run(JcaProvider provider);
}
