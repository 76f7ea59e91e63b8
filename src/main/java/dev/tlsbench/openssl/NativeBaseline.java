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
 * with the version, the CPU capabilities OpenSSL saw and the measurements, or not, with the reason.
 * Invocations that failed or printed something unreadable are listed in {@link #errors()}.
 *
 * @param openssl     the executable that ran, or "" when none was found
 * @param version     {@code openssl version}, e.g. "OpenSSL 3.0.19 27 Jan 2026 (Library: ...)"
 * @param cpuCaps     the CPUINFO line of {@code openssl version -a} (OPENSSL_ia32cap ...): what it uses
 * @param timing      how a rate is timed, for captions
 */
public record NativeBaseline(boolean available, String reason, String openssl, String version, String cpuCaps,
                             String timing, int seconds, String started, double tookSeconds,
                             List<Measurement> measurements, List<Failure> errors) {

    /** File name inside the run's openssl directory. */
    public static final String FILE = "speed.json";

    /**
     * One rate: {@code operation} is seal/open for an AEAD (TLS-like sequence: nonce, AAD, tag per
     * record), sign/verify, or derive for ECDH (the shared secret only, no key generation).
     *
     * @param bytes  the message size for an AEAD, 0 for public-key operations
     * @param raw    the file beside speed.json with the invocation's output
     */
    public record Measurement(String algorithm, String operation, int bytes, double opsPerSecond, double bytesPerSecond,
                              String command, String raw) {
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
        return new NativeBaseline(false, reason, "", "", "", "", 0, "", 0, List.of(), List.of());
    }

    /** "OpenSSL 3.0.19", the short form captions use. */
    public String shortVersion() {
        String[] w = version.split("\\s+");
        return w.length >= 2 ? w[0] + " " + w[1] : version;
    }

    /** The measurement of {@code algorithm} and {@code operation} at {@code bytes} (0 for public-key operations). */
    public Optional<Measurement> find(String algorithm, String operation, int bytes) {
        return measurements.stream().filter(m -> m.algorithm().equalsIgnoreCase(algorithm)
                && m.operation().equals(operation) && m.bytes() == bytes).findFirst();
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 1);
        root.put("available", available);
        root.put("reason", reason);
        root.put("openssl", openssl);
        root.put("version", version);
        root.put("cpuCaps", cpuCaps);
        root.put("timing", timing);
        root.put("seconds", seconds);
        root.put("started", started);
        root.put("tookSeconds", tookSeconds);
        ArrayNode ms = root.putArray("measurements");
        for (Measurement m : measurements) {
            ms.addObject().put("algorithm", m.algorithm()).put("operation", m.operation()).put("bytes", m.bytes())
                    .put("opsPerSecond", m.opsPerSecond()).put("bytesPerSecond", m.bytesPerSecond())
                    .put("command", m.command()).put("raw", m.raw());
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
            ms.add(new Measurement(m.get("algorithm").asText(), m.get("operation").asText(), m.path("bytes").asInt(0),
                    m.get("opsPerSecond").asDouble(), m.path("bytesPerSecond").asDouble(0), m.path("command").asText(""),
                    m.path("raw").asText("")));
        }
        List<Failure> es = new ArrayList<>();
        root.path("errors").forEach(e -> es.add(new Failure(e.path("command").asText(""), e.path("raw").asText(""),
                e.path("error").asText("?"))));
        return new NativeBaseline(root.get("available").asBoolean(), root.path("reason").asText(""),
                root.path("openssl").asText(""), root.path("version").asText(""), root.path("cpuCaps").asText(""),
                root.path("timing").asText(""), root.path("seconds").asInt(0), root.path("started").asText(""),
                root.path("tookSeconds").asDouble(0), ms, es);
    }
}
