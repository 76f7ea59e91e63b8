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
     * Runs every vector of the file that applies to {@link #algorithm()} against {@code provider}.
     *
     * @throws dev.tlsbench.provider.Unsupported when the provider does not have the algorithm
     */
    VectorReport run(JcaProvider provider);
}
