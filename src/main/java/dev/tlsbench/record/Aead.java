package dev.tlsbench.record;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.openssl.SpeedAlgorithm;
import java.security.spec.AlgorithmParameterSpec;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * The TLS 1.3 record-protection AEADs: the {@code aead} axis of the record benchmarks. Each
 * constant carries every fact the suite needs about it: key, nonce and tag length, how the JCA
 * names and parameterises it (per provider spelling), a published known answer, and the Wycheproof
 * file that vouches for it. Adding an AEAD is adding a constant (and its vector file).
 */
public enum Aead implements Labeled, Accelerated {

    AES_128_GCM("AES-128-GCM", 16, 12, 16, "AES", ParamKind.GCM, "aes_gcm_test.json",
            KnownAnswer.hex("GCM spec (McGrew, Viega) test case 4", "feffe9928665731c6d6a8f9467308308",
                    GcmSpec.IV, GcmSpec.AAD, GcmSpec.PLAINTEXT,
                    "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                            + "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
                            + "5bc94fbc3221a5db94fae95ae7121a47"),
            "AES/GCM/NoPadding"),

    AES_256_GCM("AES-256-GCM", 32, 12, 16, "AES", ParamKind.GCM, "aes_gcm_test.json",
            KnownAnswer.hex("GCM spec (McGrew, Viega) test case 16",
                    "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
                    GcmSpec.IV, GcmSpec.AAD, GcmSpec.PLAINTEXT,
                    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                            + "76fc6ece0f4e1768cddf8853bb2d551b"),
            "AES/GCM/NoPadding"),

    /** The JDK and BC spell it "ChaCha20-Poly1305", Conscrypt "ChaCha20/Poly1305/NoPadding". */
    CHACHA20_POLY1305("ChaCha20-Poly1305", 32, 12, 16, "ChaCha20", ParamKind.IV, "chacha20_poly1305_test.json",
            KnownAnswer.hex("RFC 8439 section 2.8.2",
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
                            + "1ae10b594f09e26a7e902ecbd0600691"),
            "ChaCha20-Poly1305", "ChaCha20/Poly1305/NoPadding");

    private final String label;
    private final int keyLength;
    private final int nonceLength;
    private final int tagLength;
    private final String keyAlgorithm;
    private final ParamKind paramKind;
    private final String vectorFile;
    private final KnownAnswer knownAnswer;
    private final String[] transformations;

    Aead(String label, int keyLength, int nonceLength, int tagLength, String keyAlgorithm, ParamKind paramKind,
         String vectorFile, KnownAnswer knownAnswer, String... transformations) {
        this.label = label;
        this.keyLength = keyLength;
        this.nonceLength = nonceLength;
        this.tagLength = tagLength;
        this.keyAlgorithm = keyAlgorithm;
        this.paramKind = paramKind;
        this.vectorFile = vectorFile;
        this.knownAnswer = knownAnswer;
        this.transformations = transformations;
    }

    @Override
    public String label() {
        return label;
    }

    /** Key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** Nonce length in bytes: TLS 1.3's per-record IV is this long (RFC 8446 5.3: max(8, N_MIN)). */
    public int nonceLength() {
        return nonceLength;
    }

    /** Authentication tag length in bytes: what a sealed record adds to its plaintext. */
    public int tagLength() {
        return tagLength;
    }

    /** The algorithm name of the SecretKeySpec. */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The Cipher transformation spellings to try, in order. */
    public String[] transformations() {
        return transformations.clone();
    }

    /** The Wycheproof file with this AEAD's vectors (groups of other key, nonce or tag sizes are skipped). */
    public String vectorFile() {
        return vectorFile;
    }

    /** A published test vector every provider must reproduce before it is timed. */
    public KnownAnswer knownAnswer() {
        return knownAnswer;
    }

    /**
     * The per-record parameters for {@code nonce}. A new object per record is inherent to the JCA
     * (both spec classes clone the nonce, and Cipher.init has no other way to take it), so every
     * JCA-based TLS stack pays this small allocation too.
     */
    public AlgorithmParameterSpec spec(byte[] nonce) {
        return paramKind == ParamKind.GCM ? new GCMParameterSpec(tagLength * 8, nonce) : new IvParameterSpec(nonce);
    }

    /** How the JCA takes the nonce: GCM's spec carries the tag length, the others an IV of their own length. */
    private enum ParamKind { GCM, IV }

    /** The IV, AAD and plaintext the GCM specification's test cases 4 to 18 share. */
    private static final class GcmSpec {
        static final String IV = "cafebabefacedbaddecaf888";
        static final String AAD = "feedfacedeadbeeffeedfacedeadbeefabaddad2";
        static final String PLAINTEXT = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
    }

    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case AES_128_GCM, AES_256_GCM -> EnumSet.of(Acceleration.AES_GCM);
            case CHACHA20_POLY1305 -> EnumSet.of(Acceleration.CHACHA20_POLY1305);
        };
    }

    /** What openssl speed measures of it: the same AEAD through EVP's TLS-like sequence (nonce, AAD and tag per record). */
    public SpeedAlgorithm nativeSpeed() {
        return switch (this) {
            case AES_128_GCM -> SpeedAlgorithm.AES_128_GCM;
            case AES_256_GCM -> SpeedAlgorithm.AES_256_GCM;
            case CHACHA20_POLY1305 -> SpeedAlgorithm.CHACHA20_POLY1305;
        };
    }
}
