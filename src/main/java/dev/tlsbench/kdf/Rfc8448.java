package dev.tlsbench.kdf;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The known answer of the key schedule: RFC 8448 section 3, "Simple 1-RTT Handshake"
 * (TLS_AES_128_GCM_SHA256, x25519). Inputs are the trace's (EC)DHE secret and transcript hashes;
 * every derived value is checked, so a wrong HKDF or label encoding is caught in setup.
 */
public final class Rfc8448 {

    private static final HexFormat HEX = HexFormat.of();

    public static final byte[] SHARED_SECRET = hex("8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d");
    /** Transcript hash of ClientHello..ServerHello. */
    public static final byte[] HELLO_HASH = hex("860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8");
    /** Transcript hash of ClientHello..server Finished. */
    public static final byte[] FINISHED_HASH = hex("9608102a0f1ccc6db6250b7b7e417b1a000eaada3daae4777a7686c9ff83df13");

    private Rfc8448() {
    }

    /**
     * @throws IllegalStateException naming the first value that differs from the trace
     */
    public static void check(Tls13Secrets s) {
        Map<String, byte[][]> expected = new LinkedHashMap<>();
        expected.put("early secret", pair(s.earlySecret(), "33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a"));
        expected.put("handshake secret", pair(s.handshakeSecret(), "1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac"));
        expected.put("client handshake traffic secret", pair(s.clientHandshakeTrafficSecret(), "b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21"));
        expected.put("server handshake traffic secret", pair(s.serverHandshakeTrafficSecret(), "b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38"));
        expected.put("master secret", pair(s.masterSecret(), "18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919"));
        expected.put("client application traffic secret", pair(s.clientApplicationTrafficSecret(), "9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5"));
        expected.put("server application traffic secret", pair(s.serverApplicationTrafficSecret(), "a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643"));
        expected.put("client handshake key", pair(s.clientHandshake().key(), "dbfaa693d1762c5b666af5d950258d01"));
        expected.put("client handshake iv", pair(s.clientHandshake().iv(), "5bd3c71b836e0b76bb73265f"));
        expected.put("server handshake key", pair(s.serverHandshake().key(), "3fce516009c21727d0f2e4e86ee403bc"));
        expected.put("server handshake iv", pair(s.serverHandshake().iv(), "5d313eb2671276ee13000b30"));
        expected.put("client application key", pair(s.clientApplication().key(), "17422dda596ed5d9acd890e3c63f5051"));
        expected.put("client application iv", pair(s.clientApplication().iv(), "5b78923dee08579033e523d9"));
        expected.put("server application key", pair(s.serverApplication().key(), "9f02283b6c9c07efc26bb9f2ac92e356"));
        expected.put("server application iv", pair(s.serverApplication().iv(), "cf782b88dd83549aadf1e984"));
        expected.forEach((name, p) -> {
            if (!Arrays.equals(p[0], p[1])) {
                throw new IllegalStateException("TLS 1.3 key schedule differs from RFC 8448 at the " + name
                        + ": " + HEX.formatHex(p[0]) + " instead of " + HEX.formatHex(p[1]));
            }
        });
    }

    private static byte[][] pair(byte[] actual, String expectedHex) {
        return new byte[][] {actual, hex(expectedHex)};
    }

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }
}
