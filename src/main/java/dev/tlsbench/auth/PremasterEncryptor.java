package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.Cipher;

/** The client's half of RSA key transport: encrypts a premaster secret to the server's public key. */
public final class PremasterEncryptor {

    private final Cipher cipher;

    public PremasterEncryptor(ProviderSet provider, RsaKeyTransport rsa, PublicKey serverKey) {
        this.cipher = RsaCiphers.init(provider, rsa, Cipher.ENCRYPT_MODE, serverKey);
    }

    /**
     * Encrypts {@code premaster} into {@code out} (the modulus size); an RSA cipher returns to its
     * initialized state after doFinal, so no re-init is needed (padding randomness is fresh each time).
     *
     * @return the ciphertext length
     */
    public int encrypt(byte[] premaster, byte[] out) throws GeneralSecurityException {
        return cipher.doFinal(premaster, 0, premaster.length, out, 0);
    }

    /** As {@link #encrypt(byte[], byte[])} after initialising the Cipher with {@code serverKey}, as a client does per handshake. */
    public int initAndEncrypt(PublicKey serverKey, byte[] premaster, byte[] out) throws GeneralSecurityException {
        cipher.init(Cipher.ENCRYPT_MODE, serverKey);
        return encrypt(premaster, out);
    }

    /** The ciphertext of {@code premaster}, for setup and tests. */
    public byte[] encrypt(byte[] premaster) throws GeneralSecurityException {
        return cipher.doFinal(premaster);
    }
}
