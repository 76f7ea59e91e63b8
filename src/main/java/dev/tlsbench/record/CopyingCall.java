package dev.tlsbench.record;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * One {@code doFinal} of an initialised cipher through buffers of one kind, copying the input in and
 * the output out. Setup proofs, vectors and tests use it so that what they check is the same
 * Cipher entry point (array or ByteBuffer, heap or direct) that the benchmark times.
 */
final class CopyingCall {

    private CopyingCall() {
    }

    static byte[] doFinal(Cipher cipher, BufferKind kind, byte[] input) throws GeneralSecurityException {
        byte[] out = new byte[cipher.getOutputSize(input.length)];
        if (kind == BufferKind.BYTE_ARRAY) {
            int n = cipher.doFinal(input, 0, input.length, out, 0);
            return Arrays.copyOf(out, n);
        }
        ByteBuffer in = kind.allocate(input.length).put(input).flip();
        ByteBuffer output = kind.allocate(out.length);
        int n = cipher.doFinal(in, output);
        output.flip().get(out, 0, n);
        return Arrays.copyOf(out, n);
    }
}
