package dev.tlsbench.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a TLS 1.3 server signs in CertificateVerify (RFC 8446 4.4.3): 64 spaces, the context
 * string "TLS 1.3, server CertificateVerify", a zero byte, then the transcript hash. With
 * SHA-256 as the handshake hash that is 130 bytes.
 */
public final class CertificateVerifyContent {

    private static final byte[] CONTEXT = "TLS 1.3, server CertificateVerify".getBytes(StandardCharsets.US_ASCII);
    private static final int PAD = 64;
    public static final int TRANSCRIPT_HASH_LENGTH = 32;
    public static final int LENGTH = PAD + CONTEXT.length + 1 + TRANSCRIPT_HASH_LENGTH;

    private CertificateVerifyContent() {
    }

    public static byte[] of(byte[] transcriptHash) {
        if (transcriptHash.length != TRANSCRIPT_HASH_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 transcript hash is 32 bytes, not " + transcriptHash.length);
        }
        byte[] content = new byte[LENGTH];
        Arrays.fill(content, 0, PAD, (byte) 0x20);
        System.arraycopy(CONTEXT, 0, content, PAD, CONTEXT.length);
        content[PAD + CONTEXT.length] = 0;
        System.arraycopy(transcriptHash, 0, content, LENGTH - TRANSCRIPT_HASH_LENGTH, TRANSCRIPT_HASH_LENGTH);
        return content;
    }
}
