package dev.tlsbench.record;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * The ring through {@code doFinal(ByteBuffer, ByteBuffer)} on heap or direct buffers. Each buffer
 * holds exactly one record, so {@code clear()} (position 0, limit = capacity) is the whole reset
 * before each call.
 */
final class BufferRecordRing extends RecordRing {

    private final ByteBuffer[] plaintexts = new ByteBuffer[RING];
    private final ByteBuffer[] records = new ByteBuffer[RING];
    private final ByteBuffer out;

    BufferRecordRing(BufferKind kind, RecordProtector protector, int size, long seed) throws GeneralSecurityException {
        super(kind, protector, size, seed);
        for (int i = 0; i < RING; i++) {
            plaintexts[i] = kind.allocate(size).put(plaintextArray(i));
            records[i] = kind.allocate(size + protector.aead().tagLength()).put(recordArray(i));
        }
        out = kind.allocate(size + protector.aead().tagLength());
    }

    @Override
    protected int seal(long seq, int plaintextIndex) throws GeneralSecurityException {
        return protector.seal(seq, reset(plaintexts[plaintextIndex]), out);
    }

    @Override
    protected int open(long seq, int index) throws GeneralSecurityException {
        return protector.open(seq, reset(records[index]), out);
    }

    /** Rewinds {@code in} and the output to their whole capacity; returns {@code in}. */
    private ByteBuffer reset(ByteBuffer in) {
        in.clear();
        out.clear();
        return in;
    }

    @Override
    public byte[] output(int length) {
        byte[] b = new byte[length];
        out.duplicate().clear().get(b);
        return b;
    }
}
