package dev.tlsbench.openssl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording the baseline never stops a run: without openssl the baseline says why; an openssl whose
 * output cannot be read leaves the measurements it could read and names the rest; speed.json reads
 * back as written, and a corrupt one is refused naming the file.
 */
class OpenSslSpeedTest {

    @TempDir
    Path tmp;

    @Test
    void withoutOpensslTheBaselineSaysWhyAndNothingFails() {
        List<String> warnings = OpenSslSpeed.record(tmp.resolve("openssl"), Optional.empty());
        assertEquals(List.of("openssl is not on PATH: no native baseline"), warnings);
        NativeBaseline b = NativeBaseline.read(tmp.resolve("openssl").resolve(NativeBaseline.FILE));
        assertFalse(b.available());
        assertEquals("openssl is not on PATH: no native baseline", b.reason());
        assertTrue(b.measurements().isEmpty());
    }

    /** A stand-in openssl: "version" answers, RSA prints a real output, everything else prints nonsense. */
    @Test
    void unreadableOutputIsAWarningAndTheRestIsKept() throws IOException {
        Path rsa = tmp.resolve("rsa.txt");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/openssl/rsa2048.txt")) {
            Files.write(rsa, in.readAllBytes());
        }
        Path fake = tmp.resolve("openssl");
        Files.writeString(fake, """
                #!/bin/sh
                case "$*" in
                  "version") echo "OpenSSL 9.9.9 1 Jan 2099 (Library: OpenSSL 9.9.9)";;
                  "version -a") echo "OpenSSL 9.9.9"; echo "CPUINFO: OPENSSL_ia32cap=0x1:0x2";;
                  *rsa2048) cat '%s';;
                  *) echo "speed: garbled";;
                esac
                """.formatted(rsa), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = tmp.resolve("out");
        List<String> warnings = OpenSslSpeed.record(dir, Optional.of(fake));
        NativeBaseline b = NativeBaseline.read(dir.resolve(NativeBaseline.FILE));
        assertTrue(b.available());
        assertEquals("OpenSSL 9.9.9", b.shortVersion());
        assertEquals("OPENSSL_ia32cap=0x1:0x2", b.cpuCaps());
        assertEquals(List.of("sign", "verify"), b.measurements().stream().map(NativeBaseline.Measurement::operation).toList());
        assertTrue(b.find("RSA-2048", "sign", 0).isPresent());
        int others = OpenSslSpeed.specs().size() - 1;
        assertEquals(others, b.errors().size());
        assertEquals(others, warnings.size());
        assertTrue(warnings.get(0).contains("no +F line in the output of openssl speed -mr"), warnings.get(0));
        // every invocation's output is kept beside speed.json, command first
        assertTrue(Files.readString(dir.resolve("ecdhp256.txt")).startsWith("$ openssl speed -mr -seconds 1 ecdhp256\nspeed: garbled"));
    }

    @Test
    void aCorruptSpeedJsonIsRefusedNamingTheFile() throws IOException {
        Path f = tmp.resolve(NativeBaseline.FILE);
        Files.writeString(f, "{\"available\": true, \"measurements\": [{\"algorithm\": \"X25519\"");
        SpeedParseException e = assertThrows(SpeedParseException.class, () -> NativeBaseline.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not readable JSON"), e.getMessage());
        Files.writeString(f, "{\"available\": true, \"measurements\": [{\"algorithm\": \"X25519\", \"operation\": \"derive\"}]}");
        e = assertThrows(SpeedParseException.class, () -> NativeBaseline.read(f));
        assertTrue(e.getMessage().startsWith(f + ": a measurement lacks"), e.getMessage());
    }
}
