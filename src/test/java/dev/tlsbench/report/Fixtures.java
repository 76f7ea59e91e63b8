package dev.tlsbench.report;

import dev.tlsbench.report.chart.ChartModel;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.report.input.ResultDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the committed result-directory fixtures, loaded as the report loads them. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * fixtures/handmade (made by make_handmade.py): two JDKs, round numbers, every cell state, a
     * not-steady cell, a JDK ECDSA and a BC AES-GCM gate failure, a native baseline.
     */
    public static Path handmade(Path tmp) {
        return copy("handmade", tmp.resolve("handmade"));
    }

    /** fixtures/smoke2: a real scripts/bench smoke run on JDK 17 and 25, trimmed to the headline families. */
    public static Path smoke(Path tmp) {
        return copy("smoke2", tmp.resolve("smoke2"));
    }

    public static List<JvmRun> load(Path dir) {
        return ResultDir.load(dir, 0);
    }

    public static JvmRun run(List<JvmRun> runs, String id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    public static ReportInputs inputs(List<JvmRun> runs) {
        return new ReportInputs(runs, false, runs.get(0), runs.get(0).dir());
    }

    public static ChartModel chart(List<ChartModel> charts, String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " in " + charts.stream().map(ChartModel::id).toList()));
    }

    public static Path copy(String name, Path to) {
        try {
            Path from = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
