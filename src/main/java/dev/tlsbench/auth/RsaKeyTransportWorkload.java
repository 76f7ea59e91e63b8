package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
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
    private final byte[] premasterOut;
    private final String what;
    private int next;
    /** The lengths of what {@link #encryptNextWith} and {@link #decryptNextReinitialised} left in their buffers. */
    private int ciphertextLength;
    private int premasterLength;

    private RsaKeyTransportWorkload(ProviderSet provider, RsaKeyTransport rsa, KeyPair server) throws GeneralSecurityException {
        what = provider.label() + " " + rsa;
        encryptor = new PremasterEncryptor(provider, rsa, server.getPublic());
        decryptor = new PremasterDecryptor(provider, rsa, server.getPrivate());
        for (int i = 0; i < INPUTS; i++) {
            premasters[i] = Tls12Premaster.of(i);
            ciphertexts[i] = encryptor.encrypt(premasters[i]);
        }
        ciphertextOut = new byte[ciphertexts[0].length];
        premasterOut = new byte[decryptor.outputSize(ciphertexts[0].length)];
    }

    /** Prepares the inputs and proves encrypt/decrypt on them. */
    public static RsaKeyTransportWorkload prepare(ProviderSet provider, RsaKeyTransport rsa) throws GeneralSecurityException {
        KeyPair server = KeyPairs.of(provider, rsa.keyType());
        RsaKeyTransportWorkload w = new RsaKeyTransportWorkload(provider, rsa, server);
        String what = w.what;
        w.prove();
        // Its own decryptor: Conscrypt's cipher keeps a rejected input buffered, failing the next doFinal.
        PremasterDecryptor tamperCheck = new PremasterDecryptor(provider, rsa, server.getPrivate());
        if (Arrays.equals(decryptedOrNull(tamperCheck, tampered(w.ciphertexts[0])), w.premasters[0])) {
            throw new IllegalStateException(what + ": a changed ciphertext still gave the premaster");
        }
        return w;
    }

    /** Proves the measured calls themselves, into the buffers they use. */
    private void prove() throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            byte[] ciphertext = Arrays.copyOf(ciphertextOut, encryptNext());
            if (!Arrays.equals(decryptor.decrypt(ciphertext), premasters[next])) {
                throw new IllegalStateException(what + ": decrypted premaster differs from the one encrypted");
            }
        }
        for (int i = 0; i < INPUTS; i++) {
            int n = decryptNext();
            if (!Arrays.equals(premasterOut, 0, n, premasters[next], 0, premasters[next].length)) {
                throw new IllegalStateException(what + ": decrypted premaster differs from the one encrypted");
            }
        }
        if (Arrays.equals(encryptor.encrypt(premasters[0]), ciphertexts[0])) {
            throw new IllegalStateException(what + ": encryption is deterministic, so the padding is not random");
        }
    }

    /**
     * Proves the client's call as in a handshake, on this workload's own Cipher: every premaster
     * encrypted to {@code serverKey} (the key as the client decoded it from the certificate) decrypts
     * to that premaster.
     */
    public void proveEncryptionWith(PublicKey serverKey) throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            byte[] ciphertext = Arrays.copyOf(encryptNextWith(serverKey), ciphertextLength);
            if (!Arrays.equals(decryptedOrNull(decryptor, ciphertext), premasters[next])) {
                throw new IllegalStateException(what + ": a premaster encrypted to the key decoded from the certificate"
                        + " does not decrypt to itself");
            }
        }
    }

    /** Proves the server's call as in a handshake: with the Cipher initialised again, every ciphertext decrypts to its premaster. */
    public void proveReinitialisedDecryption() throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            decryptNextReinitialised();
            if (!Arrays.equals(premasterOut, 0, premasterLength, premasters[next], 0, premasters[next].length)) {
                throw new IllegalStateException(what + ": with the Cipher initialised again, a ciphertext decrypts to"
                        + " another premaster than the one encrypted");
            }
        }
    }

    private static byte[] decryptedOrNull(PremasterDecryptor decryptor, byte[] ciphertext) {
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

    /** The client's operation as in a handshake: the Cipher initialised with {@code serverKey} (read off the certificate), then encryptNext. */
    public byte[] encryptNextWith(PublicKey serverKey) throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        ciphertextLength = encryptor.initAndEncrypt(serverKey, premasters[i], ciphertextOut);
        return ciphertextOut;
    }

    /** The server's operation as in a handshake: the Cipher initialised with its private key, then decryptNext; @return the premaster's buffer */
    public byte[] decryptNextReinitialised() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        premasterLength = decryptor.initAndDecrypt(ciphertexts[i], premasterOut);
        return premasterOut;
    }

    /** The server's operation: decrypts the next ciphertext; @return the premaster length */
    public int decryptNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return decryptor.decrypt(ciphertexts[i], premasterOut);
    }
}
