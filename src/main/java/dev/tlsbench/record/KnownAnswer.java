package dev.tlsbench.record;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A published test vector of an AEAD (each Aead constant carries its own), with AAD and a
 * plaintext that ends in a partial block. A round trip can't catch a provider that is wrong the
 * same way in both directions (a wrong keystream, a wrong GHASH key); comparing with a vector the
 * rest of the world agrees on can.
 */
public record KnownAnswer(String source, byte[] key, byte[] nonce, byte[] aad, byte[] plaintext, byte[] sealed) {

    /** A vector as its source prints it, in hex. */
    public static KnownAnswer hex(String source, String key, String nonce, String aad, String plaintext, String sealed) {
        HexFormat hex = HexFormat.of();
        return new KnownAnswer(source, hex.parseHex(key), hex.parseHex(nonce), hex.parseHex(aad),
                hex.parseHex(plaintext), hex.parseHex(sealed));
    }

    /** Encrypts this vector with {@code cipher} through buffers of {@code kind}: ciphertext followed by tag. */
    public byte[] seal(Cipher cipher, Aead aead, BufferKind kind) throws GeneralSecurityException {
        start(cipher, Cipher.ENCRYPT_MODE, aead);
        return CopyingCall.doFinal(cipher, kind, plaintext);
    }

    /** Decrypts this vector's ciphertext and tag with {@code cipher} through buffers of {@code kind}. */
    public byte[] open(Cipher cipher, Aead aead, BufferKind kind) throws GeneralSecurityException {
        start(cipher, Cipher.DECRYPT_MODE, aead);
        return CopyingCall.doFinal(cipher, kind, sealed);
    }

    private void start(Cipher cipher, int mode, Aead aead) throws GeneralSecurityException {
        cipher.init(mode, new SecretKeySpec(key, aead.keyAlgorithm()), aead.spec(nonce));
        cipher.updateAAD(aad);
    }
}
