package dev.tlsbench.record;

import dev.tlsbench.bench.Labeled;
import java.nio.ByteBuffer;

/**
 * How record bytes are handed to the cipher: the {@code buffer} axis. Native providers (Conscrypt,
 * ACCP) can read a direct ByteBuffer in place but must copy a byte[] or heap buffer across JNI,
 * so the same AEAD can differ a lot by kind.
 */
public enum BufferKind implements Labeled {

    /** {@code Cipher.doFinal(byte[], int, int, byte[], int)}. */
    BYTE_ARRAY("byte[]"),
    /** {@code Cipher.doFinal(ByteBuffer, ByteBuffer)} on {@link ByteBuffer#allocate} buffers. */
    HEAP("heap ByteBuffer"),
    /** {@code Cipher.doFinal(ByteBuffer, ByteBuffer)} on {@link ByteBuffer#allocateDirect} buffers. */
    DIRECT("direct ByteBuffer");

    private final String label;

    BufferKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A ByteBuffer of this kind; BYTE_ARRAY has none. */
    public ByteBuffer allocate(int capacity) {
        return switch (this) {
            case HEAP -> ByteBuffer.allocate(capacity);
            case DIRECT -> ByteBuffer.allocateDirect(capacity);
            case BYTE_ARRAY -> throw new IllegalStateException("BYTE_ARRAY uses byte[], not a ByteBuffer");
        };
    }
}
