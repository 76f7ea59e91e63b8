package dev.tlsbench.families;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Support;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The expected capability matrix per JDK: the state of every cell of every family's full matrix,
 * found by the same probes a run uses ({@link Family#probe(Cell)}), must be the one committed in
 * {@code src/test/resources/capability/jdk<N>.tsv}. A harness change that turns cells unsupported
 * (or FAILED, or measured) fails the build until the file is regenerated in the same change, so the
 * difference is seen and reviewed:
 *
 * <pre>mvn -B -o test -Dtest=CapabilityMatrixTest -Dcapability.update=true</pre>
 *
 * (with JAVA_HOME of the JDK whose file it writes). Columns: family, cell (its key without the
 * {@code dev.tlsbench.} prefix), state, the reason's first words (for the reader; only the state is
 * compared: reasons carry object ids and addresses). JDKs other than 17 and 25 are skipped.
 *
 * <p>The probes run in this JVM, as ProvidersMain's do: where a state depends on the JVM's history
 * the file holds the in-process one. So far that is TLS_RSA on JDK 25, unsupported here because
 * SunJSSE read jdk.tls.disabledAlgorithms before the probe could re-enable it (a benchmark fork
 * runs one configuration and measures it; docs/sslengine.md, "TLS_RSA on JDK 24+"). Takes about
 * a minute of CPU (most of it the TLS proofs, which the other TLS tests of the same JVM share).
 */
class CapabilityMatrixTest {

    private static final Set<Integer> JDKS = Set.of(17, 25);
    private static final String UPDATE = "capability.update";
    private static final int REASON_WORDS = 8;

    @Test
    void everyCellHasTheStateCommittedForThisJdk() throws IOException {
        int jdk = Runtime.version().feature();
        Assumptions.assumeTrue(JDKS.contains(jdk), "no capability matrix is committed for JDK " + jdk + " (only 17 and 25)");
        Path file = Path.of("src", "test", "resources", "capability", "jdk" + jdk + ".tsv");
        Map<String, String[]> actual = probeAll();
        if (Boolean.getBoolean(UPDATE)) {
            write(file, jdk, actual);
            System.out.println("wrote " + actual.size() + " cells to " + file);
            return;
        }
        if (!Files.exists(file)) {
            fail("no " + file + ": generate it with " + regenerate(jdk));
        }
        Map<String, String[]> expected = read(file);
        List<String> diff = new ArrayList<>();
        expected.forEach((key, row) -> {
            String[] now = actual.get(key);
            if (now == null) {
                diff.add("- " + key.replace('\t', ' ') + " (" + row[2] + "): no longer a cell");
            } else if (!now[2].equals(row[2])) {
                diff.add("~ " + key.replace('\t', ' ') + ": " + row[2] + " -> " + now[2] + (now[3].isEmpty() ? "" : " (" + now[3] + ")"));
            }
        });
        actual.forEach((key, row) -> {
            if (!expected.containsKey(key)) {
                diff.add("+ " + key.replace('\t', ' ') + ": " + row[2] + (row[3].isEmpty() ? "" : " (" + row[3] + ")"));
            }
        });
        if (!diff.isEmpty()) {
            fail(diff.size() + " cell(s) differ from " + file + ":\n" + String.join("\n", diff)
                    + "\nIf the change is intended, regenerate the file in the same change: " + regenerate(jdk));
        }
    }

    private static String regenerate(int jdk) {
        String javaHome = jdk == 25 ? "JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 " : "";
        return javaHome + "mvn -B -o test -Dtest=CapabilityMatrixTest -D" + UPDATE + "=true";
    }

    /** Every cell of every family's full matrix, keyed by family and cell, with its probed state. */
    private static Map<String, String[]> probeAll() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (Family family : Families.ALL) {
            long start = System.nanoTime();
            int before = rows.size();
            for (CellSet set : family.profile().full()) {
                for (Cell cell : family.expand(set)) {
                    String name = cell.key().replaceFirst("^dev\\.tlsbench\\.", "");
                    String key = family.name() + "\t" + name;
                    if (!rows.containsKey(key)) {
                        Support s = family.probe(cell);
                        rows.put(key, new String[] {family.name(), name, s.state().name(), firstWords(s.reason())});
                    }
                }
            }
            System.out.printf("%s: %d cells probed in %.1f s%n", family, rows.size() - before, (System.nanoTime() - start) / 1e9);
        }
        return rows;
    }

    /** The reason's first words, on one line without tabs: enough to recognise it. */
    static String firstWords(String reason) {
        String[] words = reason.replaceAll("\\s+", " ").trim().split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(REASON_WORDS, words.length)));
    }

    private static void write(Path file, int jdk, Map<String, String[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The capability matrix expected on JDK " + jdk + " (CapabilityMatrixTest). Generated: " + regenerate(jdk));
        lines.add("# family\tcell\tstate\treason (first words)");
        rows.values().forEach(r -> lines.add(String.join("\t", r)));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Map<String, String[]> read(Path file) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] r = line.split("\t", -1);
            if (r.length != 4) {
                throw new IllegalStateException(file + ": not four tab-separated columns: " + line);
            }
            rows.put(r[0] + "\t" + r[1], r);
        }
        return rows;
    }
}
