package dev.tlsbench.record;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * One direction of a TLS 1.3 record layer (RFC 8446 section 5.2, 5.3): an AEAD key and static IV
 * that seal and open application-data records at a given record sequence number.
 *
 * <p>Per record, exactly what a TLS 1.3 stack does: nonce = static IV XOR the 64-bit big-endian
 * sequence number (left-padded to the nonce length); AAD = the 5-byte record header {@code 0x17 0x03 0x03}
 * and the 2-byte ciphertext length (plaintext + 16-byte tag); {@code Cipher.init} with a new
 * parameter spec (see {@link Aead#spec}); {@code updateAAD}; one {@code doFinal} into the caller's
 * preallocated output. The plaintext is the record's TLSInnerPlaintext (content + type byte).
 *
 * <p>Sealing and opening use one Cipher each, as TLS stacks keep one per direction; it also keeps
 * JDK 17's SunJCE ChaCha20-Poly1305 happy, which refuses any init (decrypt too) with the key and
 * nonce of the previous init of that Cipher.
 *
 * <p>The caller owns sequence numbers: sealing twice at one sequence number would reuse a
 * (key, nonce) pair, which breaks GCM and ChaCha20-Poly1305 (SunJCE, BC and Conscrypt refuse it).
 */
public final class RecordProtector {

    public static final int HEADER_LENGTH = 5;
    private static final byte APPLICATION_DATA = 0x17;

    private final Aead aead;
    private final Cipher sealCipher;
    private final Cipher openCipher;
    private final SecretKeySpec key;
    private final byte[] staticIv;
    private final byte[] nonce;
    private final byte[] header = {APPLICATION_DATA, 0x03, 0x03, 0, 0};

    /** @throws dev.tlsbench.provider.Unsupported when {@code provider} has no cipher for {@code aead} */
    public RecordProtector(ProviderSet provider, Aead aead, byte[] key, byte[] staticIv) {
        if (key.length != aead.keyLength() || staticIv.length != aead.nonceLength()) {
            throw new IllegalArgumentException(aead + " needs a " + aead.keyLength() + "-byte key and a "
                    + aead.nonceLength() + "-byte IV");
        }
        this.aead = aead;
        this.nonce = new byte[aead.nonceLength()];
        this.sealCipher = Jca.cipher(provider, aead.transformations());
        this.openCipher = Jca.cipher(provider, aead.transformations());
        // A SecretKeySpec from raw bytes, as TLS stacks make traffic keys from the key schedule.
        this.key = new SecretKeySpec(key, aead.keyAlgorithm());
        this.staticIv = staticIv.clone();
    }

    /** A protector whose key and static IV are seeded bytes: the same on every run. */
    public static RecordProtector seeded(ProviderSet provider, Aead aead, long seed) {
        return new RecordProtector(provider, aead, Payloads.bytes(aead.keyLength(), seed),
                Payloads.bytes(aead.nonceLength(), seed + 1));
    }

    public Aead aead() {
        return aead;
    }

    /** The Cipher that seals (its provider was checked by Jca.cipher). */
    public Cipher sealCipher() {
        return sealCipher;
    }

    /** The Cipher that opens (its provider was checked by Jca.cipher). */
    public Cipher openCipher() {
        return openCipher;
    }

    /** Seals {@code len} plaintext bytes into {@code out}; returns the bytes written (len + 16). */
    public int seal(long seq, byte[] in, int off, int len, byte[] out, int outOff) throws GeneralSecurityException {
        return start(sealCipher, Cipher.ENCRYPT_MODE, seq, len + aead.tagLength()).doFinal(in, off, len, out, outOff);
    }

    /** Seals {@code in}'s remaining bytes into {@code out} at its position; returns the bytes written. */
    public int seal(long seq, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        return start(sealCipher, Cipher.ENCRYPT_MODE, seq, in.remaining() + aead.tagLength()).doFinal(in, out);
    }

    /** Opens a {@code len}-byte record (ciphertext + tag) into {@code out}; returns the plaintext length. */
    public int open(long seq, byte[] in, int off, int len, byte[] out, int outOff) throws GeneralSecurityException {
        return start(openCipher, Cipher.DECRYPT_MODE, seq, len).doFinal(in, off, len, out, outOff);
    }

    /** Opens {@code in}'s remaining bytes (ciphertext + tag) into {@code out}; returns the plaintext length. */
    public int open(long seq, ByteBuffer in, ByteBuffer out) throws GeneralSecurityException {
        return start(openCipher, Cipher.DECRYPT_MODE, seq, in.remaining()).doFinal(in, out);
    }

    /** Seals a copy through buffers of {@code kind}: for setup and tests, never timed. */
    public byte[] seal(BufferKind kind, long seq, byte[] plaintext) throws GeneralSecurityException {
        return CopyingCall.doFinal(start(sealCipher, Cipher.ENCRYPT_MODE, seq, plaintext.length + aead.tagLength()),
                kind, plaintext);
    }

    /** Opens a copy through buffers of {@code kind}: for setup and tests, never timed. */
    public byte[] open(BufferKind kind, long seq, byte[] record) throws GeneralSecurityException {
        return CopyingCall.doFinal(start(openCipher, Cipher.DECRYPT_MODE, seq, record.length), kind, record);
    }

    /** The per-record part of the record layer: nonce, init, header as AAD; returns {@code cipher}. */
    private Cipher start(Cipher cipher, int mode, long seq, int ciphertextLength) throws GeneralSecurityException {
        int padding = nonce.length - Long.BYTES;
        System.arraycopy(staticIv, 0, nonce, 0, padding);
        for (int i = 0; i < Long.BYTES; i++) {
            nonce[padding + i] = (byte) (staticIv[padding + i] ^ (seq >>> (8 * (Long.BYTES - 1 - i))));
        }
        header[3] = (byte) (ciphertextLength >>> 8);
        header[4] = (byte) ciphertextLength;
        cipher.init(mode, key, aead.spec(nonce));
        cipher.updateAAD(header);
        return cipher;
    }
}
