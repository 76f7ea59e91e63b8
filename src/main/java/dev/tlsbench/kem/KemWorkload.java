package dev.tlsbench.kem;

import dev.tlsbench.provider.ProviderSet;
import java.util.Arrays;

/**
 * What KemBench measures, set up and proven before any timing: a few client key pairs and a
 * ciphertext for each, all from the provider under test. Each decapsulation is checked to give the
 * encapsulated secret, and a tampered ciphertext to give another one (ML-KEM's implicit rejection).
 */
public final class KemWorkload {

    /** Key pairs rotated through so no input is constant. */
    public static final int PAIRS = 4;

    private final KemEngine engine;
    private final KemKeyPair[] pairs = new KemKeyPair[PAIRS];
    private final KemPublicKey[] publicKeys = new KemPublicKey[PAIRS];
    private final KemCiphertext[] ciphertexts = new KemCiphertext[PAIRS];
    private final byte[][] secrets = new byte[PAIRS][];
    private int next;

    /**
     * @throws dev.tlsbench.provider.Unsupported when the provider cannot do this KEM
     * @throws IllegalStateException when a decapsulation does not give the encapsulated secret
     */
    public KemWorkload(ProviderSet provider, Kem kem) {
        engine = kem.engine(provider);
        for (int i = 0; i < PAIRS; i++) {
            pairs[i] = engine.generateKeyPair();
            publicKeys[i] = pairs[i].publicKey();
            Encapsulated e = engine.encapsulate(publicKeys[i]);
            byte[] decapsulated = engine.decapsulate(pairs[i], e.ciphertext());
            if (!Arrays.equals(e.sharedSecret(), decapsulated)) {
                throw new IllegalStateException(provider.label() + " " + kem + ": decapsulation differs from the encapsulated secret");
            }
            byte[] tampered = e.ciphertext().mlKem().clone();
            tampered[i] ^= 1;
            byte[] rejected = engine.decapsulate(pairs[i], new KemCiphertext(tampered, e.ciphertext().ecdh()));
            if (Arrays.equals(e.sharedSecret(), rejected)) {
                throw new IllegalStateException(provider.label() + " " + kem + ": a tampered ciphertext gave the same secret");
            }
            ciphertexts[i] = e.ciphertext();
            secrets[i] = e.sharedSecret();
        }
    }

    private int advance() {
        int i = next;
        next = (i + 1) % PAIRS;
        return i;
    }

    /** Client: a fresh key pair (its public key is the key share). */
    public KemKeyPair keyGen() {
        return engine.generateKeyPair();
    }

    /** Server: encapsulation to the next client's public key. */
    public Encapsulated encapsulate() {
        return engine.encapsulate(publicKeys[advance()]);
    }

    /** Client: decapsulation of the next ciphertext with its key pair. */
    public byte[] decapsulate() {
        int i = advance();
        return engine.decapsulate(pairs[i], ciphertexts[i]);
    }

    /** The engine the workload runs on (for operations on keys and ciphertexts read off the wire). */
    public KemEngine engine() {
        return engine;
    }

    /** The i-th client key pair (its public key is a client key share, its ciphertext {@link #ciphertext}). */
    public KemKeyPair pair(int i) {
        return pairs[i];
    }

    /** The server's ciphertext for the i-th client key pair. */
    public KemCiphertext ciphertext(int i) {
        return ciphertexts[i];
    }

    /** The server's secret encapsulated in {@link #ciphertext}(i): what the client's decapsulation must give. */
    public byte[] secret(int i) {
        return secrets[i].clone();
    }

    /** The API the provider's ML-KEM is reached through. */
    public String api() {
        return engine.api();
    }
}
