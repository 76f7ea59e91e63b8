package dev.tlsbench.record;

import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/**
 * The TLS 1.3 record-protection AEADs: the {@code aead} axis of the record benchmarks. Each
 * constant carries what the JCA needs to make and key the cipher. All three use a 12-byte nonce
 * and a 16-byte tag (RFC 8446 section 5.3, RFC 5116, RFC 8439).
 */
public enum Aead {

    AES_128_GCM(16, "AES", ParamKind.GCM, "AES/GCM/NoPadding"),
    AES_256_GCM(32, "AES", ParamKind.GCM, "AES/GCM/NoPadding"),
    /** The JDK and BC spell it "ChaCha20-Poly1305", Conscrypt "ChaCha20/Poly1305/NoPadding". */
    CHACHA20_POLY1305(32, "ChaCha20", ParamKind.IV, "ChaCha20-Poly1305", "ChaCha20/Poly1305/NoPadding");

    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    private final int keyLength;
    private final String keyAlgorithm;
    private final ParamKind paramKind;
    private final String[] transformations;

    Aead(int keyLength, String keyAlgorithm, ParamKind paramKind, String... transformations) {
        this.keyLength = keyLength;
        this.keyAlgorithm = keyAlgorithm;
        this.paramKind = paramKind;
        this.transformations = transformations;
    }

    /** Key length in bytes. */
    public int keyLength() {
        return keyLength;
    }

    /** The algorithm name of the SecretKeySpec. */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The Cipher transformation spellings to try, in order. */
    public String[] transformations() {
        return transformations.clone();
    }

    /**
     * The per-record parameters for {@code nonce}. A new object per record is inherent to the JCA
     * (both spec classes clone the nonce, and Cipher.init has no other way to take it), so every
     * JCA-based TLS stack pays this small allocation too.
     */
    public AlgorithmParameterSpec spec(byte[] nonce) {
        return paramKind == ParamKind.GCM ? new GCMParameterSpec(TAG_LENGTH * 8, nonce) : new IvParameterSpec(nonce);
    }

    private enum ParamKind { GCM, IV }
}
