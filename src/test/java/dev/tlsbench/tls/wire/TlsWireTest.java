package dev.tlsbench.tls.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlsWireTest {

    /**
     * RFC 8448 section 3 ("Simple 1-RTT Handshake"), the ClientHello and ServerHello as the trace
     * prints them, each in a handshake record. Checked by hand against the trace's annotations:
     * supported_groups (000a) lists x25519, secp256r1, secp384r1, secp521r1 and ffdhe2048 to 8192;
     * key_share (0033) holds one x25519 share of 32 bytes; signature_algorithms (000d) 15 schemes;
     * the ServerHello picks TLS_AES_128_GCM_SHA256 (1301) and answers with an x25519 share.
     */
    private static final String RFC8448_CLIENT_HELLO = "010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef"
            + "6283024dece7000006130113031302010000910000000b000900000673657276"
            + "6572ff01000100000a00140012001d0017001800190100010101020103010400"
            + "230000003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e"
            + "51c13cae4d5413691e529aaf2c002b0003020304000d0020001e040305030603"
            + "020308040805080604010501060102010402050206020202002d00020101001c"
            + "00024001";
    private static final String RFC8448_SERVER_HELLO = "020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155"
            + "772ed3e2692800130100002e00330024001d0020c9828876112095fe66762bdb"
            + "f7c672e156d6cc253b833df1dd69b1b04e751f0f002b00020304";

    @Test
    void readsWhatEachSideSentInRfc8448sHandshake() {
        WireHello w = TlsWire.parse(record(RFC8448_CLIENT_HELLO), record(RFC8448_SERVER_HELLO));
        assertEquals("TLSv1.3", w.protocol());
        assertEquals("TLS_AES_128_GCM_SHA256", w.suite());
        assertEquals("x25519", w.group());
        assertEquals(false, w.helloRetry());
        assertEquals(List.of("x25519"), w.client().keyShares());
        assertEquals(List.of(), w.client().retryKeyShares());
        assertEquals(List.of("x25519", "secp256r1", "secp384r1", "secp521r1", "ffdhe2048", "ffdhe3072", "0x0102", "0x0103", "0x0104"),
                w.client().groups());
        assertEquals(List.of("ecdsa_secp256r1_sha256", "ecdsa_secp384r1_sha384", "ecdsa_secp521r1_sha512", "ecdsa_sha1",
                "rsa_pss_rsae_sha256", "rsa_pss_rsae_sha384", "rsa_pss_rsae_sha512", "rsa_pkcs1_sha256", "rsa_pkcs1_sha384",
                "rsa_pkcs1_sha512", "rsa_pkcs1_sha1", "dsa_sha256", "dsa_sha384", "dsa_sha512", "dsa_sha1"), w.client().signatureSchemes());
    }

    /**
     * Hand-made: a first ClientHello with an x25519 and a secp256r1 share, a HelloRetryRequest for
     * ffdhe2048, then a second ClientHello with one ffdhe2048 share and the real ServerHello.
     */
    @Test
    void readsBothClientHellosAroundAHelloRetryRequest() {
        String shares = "001d0020" + "aa".repeat(32) + "00170041" + "04" + "bb".repeat(64);
        String first = clientHello(ext("000a", "0006001d00170100") + ext("0033", len2(shares) + shares) + ext("000d", "00020403"));
        String retryShare = "01000100" + "cc".repeat(256);
        String second = clientHello(ext("000a", "0006001d00170100") + ext("0033", len2(retryShare) + retryShare));
        String hrrRandom = "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c";
        String hrr = serverHello(hrrRandom, "1301", ext("002b", "0304") + ext("0033", "0100"));
        String serverHello = serverHello("11".repeat(32), "1301", ext("002b", "0304") + ext("0033", "01000100" + "dd".repeat(256)));
        byte[] client = concat(record(first), HexFormat.of().parseHex("140303000101"), record(second));
        byte[] server = concat(record(hrr), HexFormat.of().parseHex("140303000101"), record(serverHello));
        WireHello w = TlsWire.parse(client, server);
        assertEquals("ffdhe2048", w.group());
        assertTrue(w.helloRetry());
        assertEquals(List.of("x25519", "secp256r1"), w.client().keyShares());
        assertEquals(List.of("ffdhe2048"), w.client().retryKeyShares());
        assertEquals(List.of("x25519", "secp256r1", "ffdhe2048"), w.client().allKeyShares());
        assertEquals(List.of("ecdsa_secp256r1_sha256"), w.client().signatureSchemes());
        assertEquals("key shares x25519, secp256r1 then ffdhe2048", w.client().describeShares());
    }

    /** A key_share entry longer than what is left of the extension is malformed, not skipped. */
    @Test
    void aKeyShareThatOverrunsItsExtensionIsAnError() {
        String shares = "001d0040" + "aa".repeat(32); // says 64 bytes, has 32
        String ch = clientHello(ext("0033", len2(shares) + shares));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TlsWire.parse(record(ch), record(RFC8448_SERVER_HELLO)));
        assertTrue(e.getMessage().contains("key_share entry for 0x001D"), e.getMessage());
    }

    /** A TLS 1.3 ServerHello record choosing TLS_CHACHA20_POLY1305_SHA256, secp256r1 and a PSK. */
    @Test
    void readsVersionSuiteGroupAndPskFromAServerHello() {
        String extensions = "002b00020304" + "003300450017" + "0041" + "04" + "00".repeat(64)
                + "002900020000";
        byte[] server = record(serverHello("11".repeat(32), "1303", extensions));
        byte[] client = record(clientHello(""));
        WireHello w = TlsWire.parse(client, server);
        assertEquals(new WireHello("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", "secp256r1", "PSK", false, -1, ClientOffer.NONE), w);
    }

    @Test
    void noServerHelloIsAnError() {
        assertThrows(IllegalStateException.class, () -> TlsWire.parse(new byte[0], new byte[0]));
    }

    private static String clientHello(String extensions) {
        String body = "0303" + "22".repeat(32) + "00" + "00021301" + "0100" + (extensions.isEmpty() ? "" : len2(extensions) + extensions);
        return "01" + String.format("%06x", body.length() / 2) + body;
    }

    private static String serverHello(String random, String suite, String extensions) {
        String body = "0303" + random + "00" + suite + "00" + len2(extensions) + extensions;
        return "02" + String.format("%06x", body.length() / 2) + body;
    }

    private static String ext(String type, String data) {
        return type + len2(data) + data;
    }

    private static String len2(String hex) {
        return String.format("%04x", hex.length() / 2);
    }

    private static byte[] record(String handshakeMessage) {
        return HexFormat.of().parseHex("160303" + len2(handshakeMessage) + handshakeMessage);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
