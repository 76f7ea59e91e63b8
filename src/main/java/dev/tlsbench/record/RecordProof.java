package dev.tlsbench.record;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;

/**
 * What record-benchmark setup proves before any timing, on the very Cipher and buffers that will be
 * timed: the provider computes the published answer, the timed seal and open paths round-trip, and
 * a flipped bit in the ciphertext or in the tag is rejected with AEADBadTagException. Any failure is
 * an IllegalStateException (a wrong provider must fail the run, not be measured), including a
 * provider that has the AEAD but refuses its key or nonce; only a provider that lacks the AEAD is
 * {@link Unsupported} (thrown by Jca.cipher).
 */
public final class RecordProof {

    /** Seed of the benchmark's key, IV and plaintexts. */
    public static final long SEED = 0x7115_2026L;

    private RecordProof() {
    }

    /** A ring of {@code size}-byte records sealed and opened by {@code provider}, proven correct. */
    public static RecordRing provenRing(ProviderSet provider, Aead aead, BufferKind kind, int size) {
        RecordProtector protector = RecordProtector.seeded(provider, aead, SEED);
        try {
            checkKnownAnswer(protector, kind);
            RecordRing ring = RecordRing.create(kind, protector, size, SEED);
            checkRoundTrip(ring);
            checkTamperRejected(ring);
            return ring;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(provider.label() + " " + aead + " " + kind + " failed setup: "
                    + Unsupported.describe(e), e);
        }
    }

    static void checkKnownAnswer(RecordProtector protector, BufferKind kind) throws GeneralSecurityException {
        Aead aead = protector.aead();
        KnownAnswer kat = aead.knownAnswer();
        byte[] sealed = kat.seal(protector.sealCipher(), aead, kind);
        require(Arrays.equals(sealed, kat.sealed()), protector, kind, "sealed the " + kat.source() + " vector as "
                + HexFormat.of().formatHex(sealed) + ", expected " + HexFormat.of().formatHex(kat.sealed()));
        require(Arrays.equals(kat.open(protector.openCipher(), aead, kind), kat.plaintext()), protector, kind,
                "opened the " + kat.source() + " vector to the wrong plaintext");
    }

    /** Every timed open gives its plaintext back; a timed seal gives a record that opens to its plaintext. */
    static void checkRoundTrip(RecordRing ring) throws GeneralSecurityException {
        RecordProtector p = ring.protector();
        for (int i = 0; i < RecordRing.RING; i++) {
            int index = ring.nextOpenIndex();
            int n = ring.openNext();
            require(n == ring.size() && Arrays.equals(ring.output(n), ring.plaintext(index)), p, ring.kind(),
                    "open of record " + index + " gave " + n + " bytes that differ from what was sealed");
        }
        long seq = ring.nextSealSequence();
        int n = ring.sealNext();
        int sealed = ring.size() + p.aead().tagLength();
        require(n == sealed, p, ring.kind(), "seal wrote " + n + " bytes, expected " + sealed);
        byte[] opened = p.open(ring.kind(), seq, ring.output(n));
        require(Arrays.equals(opened, ring.plaintext((int) seq)), p, ring.kind(), "sealed record did not open to its plaintext");
    }

    /**
     * One flipped bit in the ciphertext of record 0, then one in the tag of record 1: each open must
     * fail. (Two records, so the open cipher is never initialised twice in a row with one nonce.)
     */
    static void checkTamperRejected(RecordRing ring) throws GeneralSecurityException {
        int[] bits = {(ring.size() / 2) * 8 + 3, (ring.size() + ring.protector().aead().tagLength() - 1) * 8};
        String[] where = {"ciphertext", "tag"};
        for (int b = 0; b < bits.length; b++) {
            byte[] tampered = ring.record(b);
            tampered[bits[b] / 8] ^= (byte) (1 << (bits[b] % 8));
            try {
                ring.protector().open(ring.kind(), b, tampered);
                require(false, ring.protector(), ring.kind(), "opened a record with a flipped " + where[b] + " bit");
            } catch (AEADBadTagException expected) {
                // the AEAD did its job
            }
        }
    }

    private static void require(boolean ok, RecordProtector p, BufferKind kind, String what) {
        if (!ok) {
            throw new IllegalStateException(p.sealCipher().getProvider().getName() + " " + p.aead() + " " + kind + ": " + what);
        }
    }
}
