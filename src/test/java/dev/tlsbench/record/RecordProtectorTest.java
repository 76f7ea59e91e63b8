package dev.tlsbench.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordProtectorTest {

    static List<Arguments> everyCombination() {
        List<Arguments> out = new ArrayList<>();
        for (JcaProvider p : JcaProvider.values()) {
            for (Aead a : Aead.values()) {
                for (BufferKind k : BufferKind.values()) {
                    out.add(Arguments.of(p, a, k));
                }
            }
        }
        return out;
    }

    /** Round trip and tamper, asserted here rather than trusted to RecordProof, at edge sizes. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void roundTripAndTamper(JcaProvider provider, Aead aead, BufferKind kind) throws Exception {
        if (!Supported.record(provider, aead)) {
            assertThrows(Unsupported.class, () -> RecordProof.provenRing(provider, aead, kind, 16));
            return;
        }
        for (int size : new int[] {1, 16, 1350, 16384}) {
            RecordRing ring = RecordProof.provenRing(provider, aead, kind, size);
            RecordProtector p = ring.protector();
            assertTrue(provider.owns(p.sealCipher().getProvider()) && provider.owns(p.openCipher().getProvider()));
            long seq = 1_000_000L + size;
            byte[] plaintext = Payloads.bytes(size, seq);
            byte[] record = p.seal(kind, seq, plaintext);
            assertEquals(size + aead.tagLength(), record.length);
            assertFalse(Arrays.equals(plaintext, Arrays.copyOf(record, size)));
            assertArrayEquals(plaintext, p.open(kind, seq, record));

            byte[] ciphertextFlipped = record.clone();
            ciphertextFlipped[size - 1] ^= 0x40;
            byte[] tagFlipped = record.clone();
            tagFlipped[size] ^= 0x01;
            // Opens alternate between two nonces: JDK 17's ChaCha20-Poly1305 refuses to re-init
            // with the nonce of its previous init, even to decrypt.
            // The sequence number is bound in: the right bytes at the wrong sequence number don't open.
            assertThrows(AEADBadTagException.class, () -> p.open(kind, seq + 1, record));
            assertThrows(AEADBadTagException.class, () -> p.open(kind, seq, ciphertextFlipped));
            assertThrows(AEADBadTagException.class, () -> p.open(kind, seq + 1, record));
            assertThrows(AEADBadTagException.class, () -> p.open(kind, seq, tagFlipped));
        }
    }

    /** The record format computed independently: nonce = IV XOR seq, AAD = 17 03 03 + ciphertext length. */
    @Test
    void sealsExactlyATls13Record() throws Exception {
        byte[] key = Payloads.bytes(16, 1);
        byte[] iv = Payloads.bytes(12, 2);
        long seq = 0x0102030405060708L;
        byte[] plaintext = Payloads.bytes(300, 3);
        RecordProtector p = new RecordProtector(JcaProvider.JDK, Aead.AES_128_GCM, key, iv);

        byte[] nonce = iv.clone();
        ByteBuffer.wrap(nonce, 4, 8).putLong(ByteBuffer.wrap(iv, 4, 8).getLong() ^ seq);
        int length = 300 + 16;
        byte[] aad = {0x17, 0x03, 0x03, (byte) (length >> 8), (byte) length};
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), Aead.AES_128_GCM.spec(nonce));
        c.updateAAD(aad);
        byte[] expected = c.doFinal(plaintext);

        assertArrayEquals(expected, p.seal(BufferKind.BYTE_ARRAY, seq, plaintext));
        byte[] out = new byte[length];
        assertEquals(length, p.seal(seq + 1, plaintext, 0, plaintext.length, out, 0));
        assertFalse(Arrays.equals(expected, out), "a new sequence number must give a new record");
    }

    /** The timed paths: seals never reuse a sequence number, opens cycle through the prepared ring. */
    @Test
    void ringSealsAtFreshSequenceNumbersAndOpensItsRecords() throws Exception {
        RecordRing ring = ring(BufferKind.DIRECT);
        long first = ring.nextSealSequence();
        for (int i = 0; i < 3 * RecordRing.RING; i++) {
            long seq = ring.nextSealSequence();
            assertEquals(first + i, seq);
            int n = ring.sealNext();
            assertArrayEquals(ring.plaintext((int) seq), ring.protector().open(BufferKind.BYTE_ARRAY, seq, ring.output(n)));
        }
        for (int i = 0; i < 2 * RecordRing.RING; i++) {
            int index = ring.nextOpenIndex();
            assertEquals(i % RecordRing.RING, index);
            assertArrayEquals(ring.plaintext(index), ring.output(ring.openNext()));
        }
    }

    private static RecordRing ring(BufferKind kind) {
        return RecordProof.provenRing(JcaProvider.JDK, Aead.AES_256_GCM, kind, 100);
    }
}
