package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads back status.tsv (written by {@link RunDir#writeStatus} after every cell): what a resumed run
 * rebuilds a damaged cells.json from. A line it cannot read is passed over.
 */
final class StatusTsv {

    /** One cell's state, seconds ("" when not run) and reason. */
    record Line(CellState state, String seconds, String reason) {
    }

    private StatusTsv() {
    }

    /** The lines of {@code jvmId} by cell key; empty when the file is missing or unreadable. */
    static Map<String, Line> read(Path file, String jvmId) {
        Map<String, Line> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // jvm, family, state, seconds, cell, reason
                String[] f = l.split("\t", 6);
                if (l.startsWith("#") || f.length < 5 || !f[0].equals(jvmId) || !f[3].matches("|[0-9.]+")) {
                    continue;
                }
                CellState.ofLabel(f[2]).ifPresent(state -> out.put(f[4], new Line(state, f[3], f.length == 6 ? f[5] : "")));
            }
        } catch (IOException | RuntimeException e) {
            // a status.tsv that cannot be read recovers nothing: its cells run again
        }
        return out;
    }
}
