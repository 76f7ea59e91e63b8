package dev.tlsbench.openssl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.io.AtomicFile;
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

    private static final ObjectMapper JSON = Json.MAPPER; // the suite's one configuration

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
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 2);
        root.put("available", available);
        root.put("reason", reason);
        root.put("openssl", openssl);
        root.put("version", version);
        root.putObject("build").put("version", build.version()).put("builtOn", build.builtOn())
                .put("platform", build.platform()).put("options", build.options()).put("compiler", build.compiler());
        root.put("cpuCaps", cpuCaps);
        root.put("cpuCapsSource", cpuCapsSource);
        ArrayNode features = root.putArray("cpuFeatures");
        ia32Cap().ifPresent(c -> c.features().forEach(features::add));
        root.put("timing", timing);
        root.put("seconds", seconds);
        root.put("samples", samples);
        root.put("confidence", SampleStats.CONFIDENCE);
        root.put("started", started);
        root.put("tookSeconds", tookSeconds);
        ArrayNode ms = root.putArray("measurements");
        for (Measurement m : measurements) {
            SampleStats s = m.stats();
            ObjectNode o = ms.addObject().put("algorithm", m.algorithm()).put("operation", m.operation()).put("bytes", m.bytes())
                    .put("opsPerSecond", s.mean()).put("bytesPerSecond", m.bytesPerSecond());
            ArrayNode ss = o.putArray("samples");
            m.samples().forEach(ss::add);
            if (s.n() >= 2) {
                o.put("sd", s.sd()).put("ciLow", s.low()).put("ciHigh", s.high());
            }
            o.put("command", m.command()).put("raw", m.raw());
        }
        ArrayNode es = root.putArray("errors");
        errors.forEach(e -> es.addObject().put("command", e.command()).put("raw", e.raw()).put("error", e.error()));
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** Reads a speed.json; anything missing or malformed is a {@link SpeedParseException} naming the file. */
    public static NativeBaseline read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SpeedParseException(file + ": not readable JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SpeedParseException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("available").isBoolean()) {
            throw new SpeedParseException(file + ": not a native baseline: no \"available\" true/false");
        }
        List<Measurement> ms = new ArrayList<>();
        for (JsonNode m : root.path("measurements")) {
            if (!m.path("algorithm").isTextual() || !m.path("operation").isTextual() || !m.path("opsPerSecond").isNumber()
                    || !(m.path("opsPerSecond").asDouble() > 0)) {
                throw new SpeedParseException(file + ": a measurement lacks algorithm, operation or a positive opsPerSecond: " + m);
            }
            List<Double> samples = new ArrayList<>();
            m.path("samples").forEach(s -> samples.add(s.asDouble()));
            if (samples.stream().anyMatch(s -> !(s > 0))) {
                throw new SpeedParseException(file + ": a sample that is not a positive rate: " + m);
            }
            if (samples.isEmpty()) {
                samples.add(m.get("opsPerSecond").asDouble()); // schema 1: the one sample
            }
            ms.add(new Measurement(m.get("algorithm").asText(), m.get("operation").asText(), m.path("bytes").asInt(0),
                    samples, m.path("command").asText(""), m.path("raw").asText("")));
        }
        List<Failure> es = new ArrayList<>();
        root.path("errors").forEach(e -> es.add(new Failure(e.path("command").asText(""), e.path("raw").asText(""),
                e.path("error").asText("?"))));
        JsonNode b = root.path("build");
        OpenSslBuild build = new OpenSslBuild(b.path("version").asText(""), b.path("builtOn").asText(""),
                b.path("platform").asText(""), b.path("options").asText(""), b.path("compiler").asText(""));
        return new NativeBaseline(root.get("available").asBoolean(), root.path("reason").asText(""),
                root.path("openssl").asText(""), root.path("version").asText(""), build, root.path("cpuCaps").asText(""),
                root.path("cpuCapsSource").asText(""), root.path("timing").asText(""), root.path("seconds").asInt(0),
                root.path("samples").asInt(1), root.path("started").asText(""), root.path("tookSeconds").asDouble(0), ms, es);
    }
}
