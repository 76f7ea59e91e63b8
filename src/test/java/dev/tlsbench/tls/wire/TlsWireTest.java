package dev.tlsbench.tls.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TlsWireTest {

    /** A TLS 1.3 ServerHello record choosing TLS_CHACHA20_POLY1305_SHA256, secp256r1 and a PSK. */
    @Test
    void readsVersionSuiteGroupAndPskFromAServerHello() {
        String extensions = "002b00020304" + "003300450017" + "0041" + "04" + "00".repeat(64)
                + "002900020000";
        String body = "0303" + "11".repeat(32) + "00" + "1303" + "00"
                + String.format("%04x", extensions.length() / 2) + extensions;
        String message = "02" + String.format("%06x", body.length() / 2) + body;
        byte[] server = HexFormat.of().parseHex("160303" + String.format("%04x", message.length() / 2) + message);
        String chBody = "0303" + "22".repeat(32) + "00" + "00021303" + "0100";
        String ch = "01" + String.format("%06x", chBody.length() / 2) + chBody;
        byte[] client = HexFormat.of().parseHex("160301" + String.format("%04x", ch.length() / 2) + ch);
        WireHello w = TlsWire.parse(client, server);
        assertEquals(new WireHello("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", "secp256r1", "PSK", false, -1), w);
    }

    @Test
    void noServerHelloIsAnError() {
        assertThrows(IllegalStateException.class, () -> TlsWire.parse(new byte[0], new byte[0]));
    }
}
