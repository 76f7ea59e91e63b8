package dev.tlsbench.record;

import dev.tlsbench.bench.Payloads;
import java.security.GeneralSecurityException;

/**
 * The records one benchmark thread seals and opens, held in preallocated buffers of one kind.
 *
 * <p>{@link #sealNext()} seals the next of {@link #RING} seeded plaintexts at a fresh sequence
 * number (a counter that never repeats, so no (key, nonce) pair is ever reused).
 * {@link #openNext()} opens the next of {@link #RING} records sealed at construction, each with the
 * sequence number it was sealed with: the timed open only opens. Both rotate through the ring so
 * the JIT can't fold a constant input, and both write into one preallocated output; nothing in
 * them allocates except the cipher's parameter spec (see {@link Aead#spec}).
 */
public abstract class RecordRing {

    /** Records in the ring: a power of two, small enough to stay cached at 16 KiB records. */
    public static final int RING = 8;
    private static final int MASK = RING - 1;

    protected final RecordProtector protector;
    protected final int size;
    private final BufferKind kind;
    private final byte[][] plaintexts = new byte[RING][];
    private final byte[][] records = new byte[RING][];
    /** The next sequence number to seal; records 0..RING-1 were sealed at construction. */
    private long sealSeq;
    private int openIndex;

    protected RecordRing(BufferKind kind, RecordProtector protector, int size, long seed) throws GeneralSecurityException {
        this.kind = kind;
        this.protector = protector;
        this.size = size;
        for (int i = 0; i < RING; i++) {
            plaintexts[i] = Payloads.bytes(size, seed + i);
            records[i] = protector.seal(kind, sealSeq++, plaintexts[i]);
        }
    }

    /** A ring of {@code size}-byte records in buffers of {@code kind}. */
    public static RecordRing create(BufferKind kind, RecordProtector protector, int size, long seed)
            throws GeneralSecurityException {
        return kind == BufferKind.BYTE_ARRAY
                ? new ArrayRecordRing(protector, size, seed)
                : new BufferRecordRing(kind, protector, size, seed);
    }

    /** Seals the next plaintext at a fresh sequence number; returns the bytes written (size + 16). */
    public final int sealNext() throws GeneralSecurityException {
        long seq = sealSeq++;
        return seal(seq, (int) seq & MASK);
    }

    /** Opens the next prepared record; returns the plaintext length (size). */
    public final int openNext() throws GeneralSecurityException {
        int i = openIndex;
        openIndex = (i + 1) & MASK;
        return open(i, i);
    }

    protected abstract int seal(long seq, int plaintextIndex) throws GeneralSecurityException;

    /** Opens record {@code index}, which was sealed at sequence number {@code index}. */
    protected abstract int open(long seq, int index) throws GeneralSecurityException;

    /** The first {@code length} bytes the last seal or open wrote. */
    public abstract byte[] output(int length);

    public final BufferKind kind() {
        return kind;
    }

    public RecordProtector protector() {
        return protector;
    }

    public int size() {
        return size;
    }

    /** The sequence number the next {@link #sealNext()} uses. */
    public long nextSealSequence() {
        return sealSeq;
    }

    /** Plaintext {@code i}, the one sealed into record {@code i} and by every seal at sequence i mod RING. */
    public byte[] plaintext(int i) {
        return plaintexts[i & MASK].clone();
    }

    /** Record {@code i} as sealed at construction (at sequence number i). */
    public byte[] record(int i) {
        return records[i].clone();
    }

    /** Where {@link #openNext()} is in the ring. */
    public int nextOpenIndex() {
        return openIndex;
    }

    protected byte[] plaintextArray(int i) {
        return plaintexts[i];
    }

    protected byte[] recordArray(int i) {
        return records[i];
    }
}
