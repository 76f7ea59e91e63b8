package dev.tlsbench.openssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * openssl speed -mr output as OpenSSL 3.0.19 printed it on the suite's machine: each rate read from
 * the +F lines must agree with the operations and seconds of the +R lines before it (the same
 * measurement, counted the other way), and output without the asked line is refused with a reason.
 */
class SpeedOutputTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = SpeedOutputTest.class.getResourceAsStream("/fixtures/openssl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** ops / seconds of the n-th "+R..." line: "+R1:4517:2048:0.99" is 4517 operations in 0.99 s. */
    private static double rate(String output, String prefix) {
        String line = output.lines().filter(l -> l.startsWith(prefix + ":")).findFirst().orElseThrow();
        String[] f = line.split(":");
        return Double.parseDouble(f[1]) / Double.parseDouble(f[f.length - 1]);
    }

    @Test
    void rsaSignAndVerifyAgreeWithTheCounts() throws IOException {
        String out = fixture("rsa2048.txt");
        List<OpenSslSpeed.Partial> ps = OpenSslSpeed.specs().stream().filter(s -> s.name().equals("rsa2048")).findFirst().orElseThrow()
                .read().apply(out);
        assertEquals(2, ps.size());
        assertEquals("sign", ps.get(0).operation());
        assertEquals(rate(out, "+R1"), ps.get(0).opsPerSecond(), 0.01);
        assertEquals("verify", ps.get(1).operation());
        assertEquals(rate(out, "+R2"), ps.get(1).opsPerSecond(), 0.01);
    }

    @Test
    void aeadBytesPerSecondAgreeWithTheCounts() throws IOException {
        String out = fixture("aes-128-gcm-seal-16384.txt");
        List<OpenSslSpeed.Partial> ps = OpenSslSpeed.aead(out, "AES-128-GCM", "seal", 16384);
        assertEquals(1, ps.size());
        assertEquals(rate(out, "+R") * 16384, ps.get(0).bytesPerSecond(), 1);
        assertEquals(rate(out, "+R"), ps.get(0).opsPerSecond(), 0.01);
    }

    @Test
    void eddsaAndEcdhLinesAreRead() throws IOException {
        SpeedOutput.Line ed = SpeedOutput.only(fixture("ed25519.txt"), "F6", 253);
        assertEquals("Ed25519", ed.name());
        assertEquals(2, ed.rates().size());
        SpeedOutput.Line x = SpeedOutput.only(fixture("ecdhx25519.txt"), "F5", 253);
        // the second number of an ECDH line is seconds per operation: the inverse of the first
        assertEquals(1 / x.rates().get(0), x.rates().get(1), 1e-6);
    }

    @Test
    void outputWithoutTheAskedLineIsRefused() throws IOException {
        SpeedParseException e = assertThrows(SpeedParseException.class, () -> SpeedOutput.only("speed: unknown option", "F2", 2048));
        assertEquals("no +F2 line for 2048 bits in the output of openssl speed -mr", e.getMessage());
        assertThrows(SpeedParseException.class, () -> SpeedOutput.only(fixture("rsa2048.txt"), "F2", 3072));
        e = assertThrows(SpeedParseException.class, () -> SpeedOutput.parse("+F2:2:2048:fast:1.0"));
        assertTrue(e.getMessage().startsWith("not a number in '+F2:2:2048:fast:1.0'"), e.getMessage());
        e = assertThrows(SpeedParseException.class, () -> SpeedOutput.parse("+F6:0:253"));
        assertTrue(e.getMessage().contains("at least 6 expected"), e.getMessage());
        e = assertThrows(SpeedParseException.class, () -> OpenSslSpeed.aead(fixture("aes-128-gcm-seal-16384.txt"), "ChaCha20-Poly1305", "seal", 16384));
        assertEquals("measured AES-128-GCM, not ChaCha20-Poly1305", e.getMessage());
        e = assertThrows(SpeedParseException.class, () -> SpeedOutput.only("+F:25:AES-128-GCM:0.00", "F", 0));
        assertTrue(e.getMessage().contains("not a positive number"), e.getMessage());
    }
}
