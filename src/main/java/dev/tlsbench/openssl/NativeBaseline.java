package dev.tlsbench.openssl;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tlsbench.results.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code openssl speed} measured on the run's machine, as {@code <run>/openssl/speed.json}
 * holds it: the native reference a report draws next to the JVM providers. Either {@code available}
 * with the library (version and build), the CPU capabilities OpenSSL chose its code paths from and
 * the measurements, or not, with the reason. Invocations that failed or printed something
 * unreadable are listed in {@link #errors()}. Schema 2 adds the build, the capability vector's
 * source and several samples per measurement; a schema 1 file (one sample) still reads.
 *
 * @param openssl       the executable that ran, or "" when none was found
 * @param version       {@code openssl version}, e.g. "OpenSSL 3.0.19 27 Jan 2026 (Library: ...)"
 * @param build         {@code openssl version -a}: built on, platform, options, compiler flags
 * @param cpuCaps       the CPUINFO of OpenSSL (OPENSSL_ia32cap=... [env:...]): the vector in effect
 * @param cpuCapsSource the command that printed it
 * @param timing        how a rate is timed, for captions
 * @param samples       how many samples each measurement was meant to have
 */
public record NativeBaseline(boolean available, String reason, String openssl, String version, OpenSslBuild build,
                             String cpuCaps, String cpuCapsSource, String timing, int seconds, int samples,
                             String started, double tookSeconds, List<Measurement> measurements, List<Failure> errors) {

    /** File name inside the run's openssl directory. */
    public static final String FILE = "speed.json";

    /**
     * One rate: {@code operation} is seal/open for an AEAD (TLS-like sequence: nonce, AAD, tag per
     * record), sign/verify, or derive for ECDH (the shared secret only, no key generation).
     *
     * @param bytes   the message size for an AEAD, 0 for public-key operations
     * @param samples operations per second of each sample, in the order they ran
     * @param raw     the file beside speed.json with the invocations' output
     */
    public record Measurement(String algorithm, String operation, int bytes, List<Double> samples, String command, String raw) {

        public Measurement {
            samples = List.copyOf(samples);
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("a measurement without samples: " + algorithm + " " + operation);
            }
        }

        /** Mean and 95 % interval of the samples. */
        public SampleStats stats() {
            return SampleStats.of(samples);
        }

        /** The mean rate: what a report compares with. */
        public double opsPerSecond() {
            return stats().mean();
        }

        /** The mean rate in bytes per second for an AEAD, 0 for public-key operations. */
        public double bytesPerSecond() {
            return opsPerSecond() * bytes;
        }
    }

    /** An invocation that gave no measurement, and why. */
    public record Failure(String command, String raw, String error) {
    }


    public NativeBaseline {
        measurements = List.copyOf(measurements);
        errors = List.copyOf(errors);
    }

    /** No baseline, and why (no openssl on PATH, ...). */
    public static NativeBaseline unavailable(String reason) {
        return new NativeBaseline(false, reason, "", "", OpenSslBuild.UNKNOWN, "", "", "", 0, 0, "", 0, List.of(), List.of());
    }

    /** "OpenSSL 3.0.19", the short form captions use. */
    public String shortVersion() {
        String[] w = version.split("\\s+");
        return w.length >= 2 ? w[0] + " " + w[1] : version;
    }

    /** The decoded capability vector, empty when OpenSSL printed none (not x86, or not reported). */
    public Optional<Ia32Cap> ia32Cap() {
        return Ia32Cap.parse(cpuCaps);
    }

    /** The measurement of {@code algorithm} and {@code operation} at {@code bytes} (0 for public-key operations). */
    public Optional<Measurement> find(String algorithm, String operation, int bytes) {
        return measurements.stream().filter(m -> m.algorithm().equalsIgnoreCase(algorithm)
                && m.operation().equals(operation) && m.bytes() == bytes).findFirst();
    }

    public void write(Path file) throws IOException {
        List<SpeedFile.Measured> ms = new ArrayList<>();
        for (Measurement m : measurements) {
            SampleStats s = m.stats();
            boolean spread = s.n() >= 2;
            ms.add(new SpeedFile.Measured(m.algorithm(), m.operation(), m.bytes(), s.mean(), m.bytesPerSecond(), m.samples(),
                    spread ? s.sd() : null, spread ? s.low() : null, spread ? s.high() : null, m.command(), m.raw()));
        }
        Files.createDirectories(file.getParent());
        Json.write(file, new SpeedFile(SpeedFile.SCHEMA, available, reason, openssl, version, build, cpuCaps, cpuCapsSource,
                ia32Cap().map(Ia32Cap::features).orElse(List.of()), timing, seconds, samples, SampleStats.CONFIDENCE, started,
                tookSeconds, ms, errors));
    }

    /** Reads a speed.json; anything missing or malformed is a {@link SpeedParseException} naming the file. */
    public static NativeBaseline read(Path file) {
        SpeedFile f;
        try {
            f = Json.MAPPER.readValue(file.toFile(), SpeedFile.class);
        } catch (JsonProcessingException e) {
            throw new SpeedParseException(file + ": not readable JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SpeedParseException(file + ": cannot read: " + e.getMessage());
        }
        if (f == null || f.available() == null) {
            throw new SpeedParseException(file + ": not a native baseline: no \"available\" true/false");
        }
        List<Measurement> ms = new ArrayList<>();
        for (SpeedFile.Measured m : f.measurements() == null ? List.<SpeedFile.Measured>of() : f.measurements()) {
            if (m.algorithm() == null || m.operation() == null || m.opsPerSecond() == null || !(m.opsPerSecond() > 0)) {
                throw new SpeedParseException(file + ": a measurement lacks algorithm, operation or a positive opsPerSecond: " + m);
            }
            List<Double> samples = new ArrayList<>(m.samples() == null ? List.of() : m.samples());
            if (samples.stream().anyMatch(s -> s == null || !(s > 0))) {
                throw new SpeedParseException(file + ": a sample that is not a positive rate: " + m);
            }
            if (samples.isEmpty()) {
                samples.add(m.opsPerSecond()); // schema 1: the one sample
            }
            ms.add(new Measurement(m.algorithm(), m.operation(), m.bytes() == null ? 0 : m.bytes(), samples, or(m.command()), or(m.raw())));
        }
        List<Failure> es = new ArrayList<>();
        if (f.errors() != null) {
            f.errors().forEach(e -> es.add(new Failure(or(e.command()), or(e.raw()), e.error() == null ? "?" : e.error())));
        }
        OpenSslBuild b = f.build() == null ? OpenSslBuild.UNKNOWN : new OpenSslBuild(or(f.build().version()), or(f.build().builtOn()),
                or(f.build().platform()), or(f.build().options()), or(f.build().compiler()));
        return new NativeBaseline(f.available(), or(f.reason()), or(f.openssl()), or(f.version()), b, or(f.cpuCaps()),
                or(f.cpuCapsSource()), or(f.timing()), f.seconds() == null ? 0 : f.seconds(), f.samples() == null ? 1 : f.samples(),
                or(f.started()), f.tookSeconds() == null ? 0 : f.tookSeconds(), ms, es);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }
}
