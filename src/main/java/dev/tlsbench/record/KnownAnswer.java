package dev.tlsbench.record;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * A published test vector of an AEAD (each Aead constant names its own), with AAD and a plaintext that ends in a partial block. A
 * round trip can't catch a provider that is wrong the same way in both directions (a wrong
 * keystream, a wrong GHASH key); comparing with a vector the rest of the world agrees on can.
 */
public record KnownAnswer(String source, byte[] key, byte[] nonce, byte[] aad, byte[] plaintext, byte[] sealed) {

    private static final String GCM_IV = "cafebabefacedbaddecaf888";
    private static final String GCM_AAD = "feedfacedeadbeeffeedfacedeadbeefabaddad2";
    private static final String GCM_PLAINTEXT = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";

    /** AES-128-GCM with a 60-byte plaintext and 20 bytes of AAD. */
    public static final KnownAnswer GCM_TEST_CASE_4 = of("GCM spec (McGrew, Viega) test case 4",
            "feffe9928665731c6d6a8f9467308308", GCM_IV, GCM_AAD, GCM_PLAINTEXT,
            "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                    + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
                    + "5bc94fbc3221a5db94fae95ae7121a47");

    /** AES-256-GCM with the same plaintext and AAD. */
    public static final KnownAnswer GCM_TEST_CASE_16 = of("GCM spec (McGrew, Viega) test case 16",
            "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308", GCM_IV, GCM_AAD, GCM_PLAINTEXT,
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                    + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                    + "76fc6ece0f4e1768cddf8853bb2d551b");

    /** ChaCha20-Poly1305's AEAD example. */
    public static final KnownAnswer RFC8439_2_8_2 = of("RFC 8439 section 2.8.2",
            "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
            "070000004041424344454647", "50515253c0c1c2c3c4c5c6c7",
            "4c616469657320616e642047656e746c656d656e206f662074686520636c6173"
                    + "73206f66202739393a204966204920636f756c64206f6666657220796f75206f"
                    + "6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73"
                    + "637265656e20776f756c642062652069742e",
            "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                    + "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                    + "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                    + "3ff4def08e4b7a9de576d26586cec64b6116"
                    + "1ae10b594f09e26a7e902ecbd0600691");

    private static KnownAnswer of(String source, String key, String nonce, String aad, String plaintext, String sealed) {
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
