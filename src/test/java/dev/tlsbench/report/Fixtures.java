package dev.tlsbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Copies of the committed result-directory fixtures, and tiny hand-made result directories. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * A copy of fixtures/run17: a real scripts/bench smoke run on JDK 17 (record and rsa JSON as
     * JMH wrote them; RSA decrypt failed setup in that build, kex was not built yet) whose env.json
     * has a hand-made correctness gate in which BC accepted an invalid vector.
     */
    static Path run17(Path tmp) throws IOException {
        return copy("run17", tmp.resolve("run17"));
    }

    static Path copy(String name, Path to) throws IOException {
        Path from;
        try {
            from = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    /** A result directory with one JVM and the given JMH JSON results (benchmark, params, score). */
    static Path dir(Path root, String name, String jvmId, String jmhJsonArray) {
        try {
            Path d = Files.createDirectories(root.resolve(name));
            Files.writeString(d.resolve("env.json"), """
                    {"schema":1,"profile":"quick","command":"scripts/bench quick","suite":{"commit":"abc","dirty":false},
                     "host":{"cpuModel":"Test CPU @ 2.00GHz","cpuMhz":2000.0,"cpuMhzSource":"nominal","logicalCpus":2},
                     "jvms":[{"id":"%s","path":"/bin/java","jvm":{"java.vendor":"Test","java.runtime.version":"%s"},
                              "providers":{"providers":[],"capabilities":[]},"vectorGate":{"suites":[]}}]}
                    """.formatted(jvmId, jvmId));
            Files.createDirectories(d.resolve(jvmId));
            Files.writeString(d.resolve(jvmId).resolve("record.json"), jmhJsonArray);
            Files.writeString(d.resolve("status.tsv"), jvmId + "\trecord\tok\tfinished\n");
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JMH result object as JMH writes it (the fields the report reads, plus a few it ignores). */
    static String result(String benchmark, String params, double score, double error) {
        return String.format(Locale.ROOT, """
                {"jmhVersion":"1.37","benchmark":"%s","mode":"thrpt","threads":1,"forks":1,"params":{%s},
                 "primaryMetric":{"score":%s,"scoreError":%s,"scoreUnit":"ops/s","rawData":[[%s]]},"secondaryMetrics":{}}""",
                benchmark, params, score, Double.isNaN(error) ? "\"NaN\"" : String.valueOf(error), score);
    }
}
