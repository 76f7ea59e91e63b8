package dev.tlsbench.record;

import java.security.GeneralSecurityException;
import java.util.Arrays;

/** The ring through {@code doFinal(byte[], int, int, byte[], int)}. */
final class ArrayRecordRing extends RecordRing {

    private final byte[] out;

    ArrayRecordRing(RecordProtector protector, int size, long seed) throws GeneralSecurityException {
        super(BufferKind.BYTE_ARRAY, protector, size, seed);
        out = new byte[size + protector.aead().tagLength()];
    }

    @Override
    protected int seal(long seq, int plaintextIndex) throws GeneralSecurityException {
        return protector.seal(seq, plaintextArray(plaintextIndex), 0, size, out, 0);
    }

    @Override
    protected int open(long seq, int index) throws GeneralSecurityException {
        return protector.open(seq, recordArray(index), 0, size + protector.aead().tagLength(), out, 0);
    }

    @Override
    public byte[] output(int length) {
        return Arrays.copyOf(out, length);
    }
}
