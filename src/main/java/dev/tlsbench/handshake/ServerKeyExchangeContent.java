package dev.tlsbench.handshake;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import javax.crypto.interfaces.DHPublicKey;

/**
 * What a TLS 1.2 DHE server signs (RFC 5246 7.4.3): client_random, server_random, then
 * ServerDHParams: dh_p, dh_g and dh_Ys, each with a two-byte length. For ffdhe2048 that is
 * 64 + 258 + 3 + 258 = 583 bytes.
 */
final class ServerKeyExchangeContent {

    private ServerKeyExchangeContent() {
    }

    /** The content for the server's DH public key {@code serverShare} and the two hello randoms. */
    static byte[] of(byte[] clientRandom, byte[] serverRandom, DHPublicKey serverShare) {
        BigInteger p = serverShare.getParams().getP();
        int primeLength = unsigned(p).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(clientRandom);
        out.writeBytes(serverRandom);
        writeOpaque16(out, unsigned(p));
        writeOpaque16(out, unsigned(serverShare.getParams().getG()));
        writeOpaque16(out, leftPadded(unsigned(serverShare.getY()), primeLength));
        return out.toByteArray();
    }

    private static byte[] leftPadded(byte[] value, int length) {
        byte[] padded = new byte[length];
        System.arraycopy(value, 0, padded, length - value.length, value.length);
        return padded;
    }

    private static void writeOpaque16(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 8);
        out.write(value.length);
        out.writeBytes(value);
    }

    /** The big-endian magnitude without BigInteger's sign byte. */
    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 && b.length > 1 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }
}
