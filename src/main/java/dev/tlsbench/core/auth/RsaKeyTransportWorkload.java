package dev.tlsbench.core.auth;

import dev.tlsbench.algo.RsaKeyTransport;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Arrays;

/**
 * One provider's RSA key transport, ready to measure: the server's key pair, a few premasters and
 * their ciphertexts, proven to round-trip before anything is timed. Each call takes the next
 * input so nothing can be constant-folded.
 */
public final class RsaKeyTransportWorkload {

    /** Inputs rotated through; a power of two. */
    static final int INPUTS = 8;

    private final PremasterEncryptor encryptor;
    private final PremasterDecryptor decryptor;
    private final byte[][] premasters = new byte[INPUTS][];
    private final byte[][] ciphertexts = new byte[INPUTS][];
    private final byte[] ciphertextOut;
    private final byte[] premasterOut = new byte[Tls12Premaster.LENGTH];
    private int next;

    private RsaKeyTransportWorkload(ProviderSet provider, RsaKeyTransport rsa) throws GeneralSecurityException {
        KeyPair server = KeyPairs.of(provider, rsa.keyType());
        encryptor = new PremasterEncryptor(provider, rsa, server.getPublic());
        decryptor = new PremasterDecryptor(provider, rsa, server.getPrivate());
        for (int i = 0; i < INPUTS; i++) {
            premasters[i] = Tls12Premaster.of(i);
            ciphertexts[i] = encryptor.encrypt(premasters[i]);
        }
        ciphertextOut = new byte[ciphertexts[0].length];
    }

    /** Prepares the inputs and proves encrypt/decrypt on them. */
    public static RsaKeyTransportWorkload prepare(ProviderSet provider, RsaKeyTransport rsa) throws GeneralSecurityException {
        RsaKeyTransportWorkload w = new RsaKeyTransportWorkload(provider, rsa);
        w.prove(provider.label() + " " + rsa);
        return w;
    }

    private void prove(String what) throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            if (!Arrays.equals(decryptor.decrypt(ciphertexts[i]), premasters[i])) {
                throw new IllegalStateException(what + ": decrypted premaster differs from the one encrypted");
            }
        }
        if (Arrays.equals(encryptor.encrypt(premasters[0]), ciphertexts[0])) {
            throw new IllegalStateException(what + ": encryption is deterministic, so the padding is not random");
        }
        if (Arrays.equals(decryptedOrNull(tampered(ciphertexts[0])), premasters[0])) {
            throw new IllegalStateException(what + ": a changed ciphertext still gave the premaster");
        }
    }

    private byte[] decryptedOrNull(byte[] ciphertext) {
        try {
            return decryptor.decrypt(ciphertext);
        } catch (GeneralSecurityException rejected) {
            return null;
        }
    }

    private static byte[] tampered(byte[] ciphertext) {
        byte[] t = ciphertext.clone();
        t[t.length / 2] ^= 1;
        return t;
    }

    /** The client's operation: encrypts the next premaster; @return the ciphertext length */
    public int encryptNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return encryptor.encrypt(premasters[i], ciphertextOut);
    }

    /** The server's operation: decrypts the next ciphertext; @return the premaster length */
    public int decryptNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return decryptor.decrypt(ciphertexts[i], premasterOut);
    }
}
