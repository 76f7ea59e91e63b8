package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import javax.crypto.Cipher;

/**
 * The server's half of RSA key transport: decrypts the premaster secret with its private key.
 * This is the plain JCA decryption; SunJSSE instead unwraps with the JDK-internal
 * TlsRsaPremasterSecret so that a bad padding cannot be told apart (Bleichenbacher), which costs
 * the same private-key operation.
 */
public final class PremasterDecryptor {

    private final Cipher cipher;
    private final PrivateKey serverKey;

    public PremasterDecryptor(ProviderSet provider, RsaKeyTransport rsa, PrivateKey serverKey) {
        this.cipher = RsaCiphers.init(provider, rsa, Cipher.DECRYPT_MODE, serverKey);
        this.serverKey = serverKey;
    }

    /** As {@link #decrypt(byte[], byte[])} after initialising the Cipher with the key again, as a server does per handshake. */
    public int initAndDecrypt(byte[] ciphertext, byte[] out) throws GeneralSecurityException {
        cipher.init(Cipher.DECRYPT_MODE, serverKey);
        return decrypt(ciphertext, out);
    }

    /**
     * The output buffer {@link #decrypt(byte[], byte[])} needs: providers ask for room for the
     * largest plaintext the modulus could carry, not for the 48 bytes a premaster has.
     */
    public int outputSize(int ciphertextLength) {
        return cipher.getOutputSize(ciphertextLength);
    }

    /** Decrypts {@code ciphertext} into {@code out} ({@link #outputSize} bytes); @return the premaster length */
    public int decrypt(byte[] ciphertext, byte[] out) throws GeneralSecurityException {
        return cipher.doFinal(ciphertext, 0, ciphertext.length, out, 0);
    }

    /** The plaintext of {@code ciphertext}, for setup, tests and test vectors. */
    public byte[] decrypt(byte[] ciphertext) throws GeneralSecurityException {
        return cipher.doFinal(ciphertext);
    }
}
