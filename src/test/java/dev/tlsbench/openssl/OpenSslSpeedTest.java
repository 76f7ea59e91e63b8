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
        // the same output three times: three equal samples, an interval of zero width
        assertEquals(3, b.find("RSA-2048", "sign", 0).orElseThrow().samples().size());
        assertEquals(0, b.find("RSA-2048", "sign", 0).orElseThrow().stats().sd(), 1e-9);
        int others = (OpenSslSpeed.specs().size() - 1) * OpenSslSpeed.SAMPLES;
        assertEquals(others, b.errors().size());
        assertEquals(others, warnings.size());
        assertTrue(warnings.get(0).contains("sample 1: no +F line in the output of openssl speed -mr"), warnings.get(0));
        // every invocation's output is kept beside speed.json, each sample with its command
        String raw = Files.readString(dir.resolve("ecdhp256.txt"));
        assertTrue(raw.startsWith("# sample 1 of 3\n$ openssl speed -mr -seconds 1 ecdhp256\nspeed: garbled"), raw);
        assertTrue(raw.contains("# sample 3 of 3\n$ openssl speed -mr -seconds 1 ecdhp256\n"), raw);
        // info -cpusettings printed no vector here, so the CPUINFO line of version -a was read
        assertEquals("openssl version -a (CPUINFO)", b.cpuCapsSource());
    }

    /**
     * A stand-in openssl whose X25519 rate changes per call (1000, 1100, 1200 derives/s): the
     * measurement keeps the three samples in order, their mean, and the 95 % t interval; the build
     * and the capability vector come from openssl's own version -a and info -cpusettings.
     */
    @Test
    void threeSamplesGiveAMeanAndATInterval() throws IOException {
        Path versionA = tmp.resolve("version-a.txt");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/openssl/version-a-3.0.19.txt")) {
            Files.write(versionA, in.readAllBytes());
        }
        Path count = tmp.resolve("count");
        Files.writeString(count, "0");
        Path fake = tmp.resolve("openssl");
        Files.writeString(fake, """
                #!/bin/sh
                case "$*" in
                  "version") head -1 '%1$s';;
                  "version -a") cat '%1$s';;
                  "info -cpusettings") echo "OPENSSL_ia32cap=0x1000000000000000:0x0";;
                  *ecdhx25519) n=$(cat '%2$s'); echo $((n+1)) > '%2$s'; echo "+F5:22:253:$((1000+100*n)).00:0.001";;
                  *) exit 1;;
                esac
                """.formatted(versionA, count), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = tmp.resolve("out");
        OpenSslSpeed.record(dir, Optional.of(fake));
        NativeBaseline b = NativeBaseline.read(dir.resolve(NativeBaseline.FILE));
        NativeBaseline.Measurement x = b.find("X25519", "derive", 0).orElseThrow();
        assertEquals(List.of(1000.0, 1100.0, 1200.0), x.samples());
        SampleStats s = x.stats();
        assertEquals(1100, s.mean(), 1e-9);
        assertEquals(1100, x.opsPerSecond(), 1e-9);
        // sd = 100, t(0.975; 2 df) = 4.3027: 1100 +- 248.4
        assertEquals(1100 - 248.42, s.low(), 0.01);
        assertEquals(1100 + 248.42, s.high(), 0.01);
        assertEquals(3, b.samples());
        assertEquals("OpenSSL 3.0.19", b.shortVersion());
        assertEquals("debian-amd64", b.build().platform());
        assertEquals("OPENSSL_ia32cap=0x1000000000000000:0x0", b.cpuCaps());
        assertEquals("openssl info -cpusettings", b.cpuCapsSource());
        assertEquals(List.of("AVX"), b.ia32Cap().orElseThrow().features());
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
