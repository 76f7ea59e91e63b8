package dev.tlsbench.record;

import dev.tlsbench.bench.Labeled;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * The TLS 1.3 record-protection AEADs: the {@code aead} axis of the record benchmarks. Each
 * constant carries every fact the suite needs about it: key, nonce and tag length, how the JCA
 * names and parameterises it (per provider spelling), a published known answer, and the Wycheproof
 * file that vouches for it. Adding an AEAD is adding a constant (and its vector file).
 */
public enum Aead implements Labeled {

    AES_128_GCM("AES-128-GCM", 16, 12, 16, "AES", ParamKind.GCM, "aes_gcm_test.json", KnownAnswer.GCM_TEST_CASE_4, "AES/GCM/NoPadding"),
    AES_256_GCM("AES-256-GCM", 32, 12, 16, "AES", ParamKind.GCM, "aes_gcm_test.json", KnownAnswer.GCM_TEST_CASE_16, "AES/GCM/NoPadding"),
    /** The JDK and BC spell it "ChaCha20-Poly1305", Conscrypt "ChaCha20/Poly1305/NoPadding". */
    CHACHA20_POLY1305("ChaCha20-Poly1305", 32, 12, 16, "ChaCha20", ParamKind.IV, "chacha20_poly1305_test.json", KnownAnswer.RFC8439_2_8_2,
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
}
