package dev.tlsbench.report.cli;

import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputException;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.report.input.ResultDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scripts/plot [--out DIR] [--baseline RUN] RESULT_DIR...}: reads every result directory
 * (everything is validated before anything is written) and writes one report: charts (2x PNG and
 * SVG) into OUT/charts, OUT/index.html, OUT/summary.md and OUT/results.csv. OUT defaults to the
 * result directory when there is one, else to "compare_FIRST+N" next to the first. Every JVM of
 * every directory is a run; runs are compared with the baseline run: the first, or the one
 * --baseline names (its label, e.g. jdk17 or DIR/jdk25, or its number from 1).
 * Exit codes: 0 done, 1 bad input (the message names the file), 2 bad usage.
 */
public final class PlotMain {

    private PlotMain() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("report written to " + run(args));
        } catch (UsageException e) {
            System.err.println("plot: " + e.getMessage());
            System.err.println("usage: scripts/plot [--out DIR] [--baseline RUN] RESULT_DIR...");
            System.exit(2);
        } catch (ReportInputException e) {
            System.err.println("plot: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("plot: cannot write the report: " + e);
            System.exit(1);
        }
    }

    /** Makes the report; returns the output directory. */
    public static Path run(String... args) throws IOException {
        Path out = null;
        String baseline = null;
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out", "a directory"));
                case "--baseline" -> baseline = value(args, ++i, "--baseline", "a run: its label (jdk17, DIR/jdk25) or number (1, 2 ...)");
                default -> {
                    if (args[i].startsWith("-")) {
                        throw new UsageException("unknown option " + args[i] + "; valid: --out DIR, --baseline RUN");
                    }
                    dirs.add(Path.of(args[i]).toAbsolutePath().normalize());
                }
            }
        }
        if (dirs.isEmpty()) {
            throw new UsageException("no result directory given");
        }
        List<JvmRun> runs = new ArrayList<>();
        for (Path d : dirs) {
            runs.addAll(ResultDir.load(d, runs.size()));
        }
        boolean multiDir = dirs.size() > 1;
        JvmRun base = runs.get(0);
        if (baseline != null) {
            String b = baseline;
            base = ResultDir.named(runs, b, multiDir).orElseThrow(() -> new UsageException("--baseline " + b
                    + ": no such run; the runs are " + String.join(", ", runs.stream().map(r -> (r.index() + 1) + " = "
                    + r.label(multiDir)).toList())));
        }
        if (out == null) {
            out = dirs.size() == 1 ? dirs.get(0)
                    : dirs.get(0).resolveSibling("compare_" + dirs.get(0).getFileName() + "+" + (dirs.size() - 1));
        }
        out = out.toAbsolutePath().normalize();
        Report.write(new ReportInputs(runs, multiDir, base, out), out);
        return out;
    }

    private static String value(String[] args, int i, String option, String what) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs " + what);
        }
        return args[i];
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
