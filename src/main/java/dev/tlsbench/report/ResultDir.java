package dev.tlsbench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a scripts/bench result directory: env.json, status.tsv and, per JVM, every
 * {@code <jvm-id>/<unit>.json}. Everything is validated before any chart is drawn.
 */
public final class ResultDir {

    private ResultDir() {
    }

    public static List<Run> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportInputException(dir, "not a directory");
        }
        Env env = Env.read(dir);
        List<Run.UnitStatus> status = status(dir.resolve("status.tsv"));
        List<Run> runs = new ArrayList<>();
        for (JvmEnv jvm : env.jvms()) {
            List<Run.UnitStatus> mine = status.stream().filter(s -> s.jvm().equals(jvm.id())).toList();
            Path jvmDir = dir.resolve(jvm.id());
            for (Run.UnitStatus s : mine) {
                if (s.ok() && !Files.exists(jvmDir.resolve(s.unit() + ".json"))) {
                    throw new ReportInputException(jvmDir.resolve(s.unit() + ".json"),
                            "missing, although status.tsv says the family finished");
                }
            }
            runs.add(new Run(dir, env, jvm, results(jvmDir), mine));
        }
        return runs;
    }

    private static List<BenchResult> results(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return List.of();
        }
        List<BenchResult> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(jvmDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                all.addAll(JmhJson.read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static List<Run.UnitStatus> status(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Run.UnitStatus> out = new ArrayList<>();
        try {
            int line = 0;
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", 4);
                if (f.length < 3) {
                    throw new ReportInputException(file, "line " + line + " is not jvm<TAB>family<TAB>state[<TAB>detail]");
                }
                out.add(new Run.UnitStatus(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read: " + e);
        }
        return out;
    }
}
