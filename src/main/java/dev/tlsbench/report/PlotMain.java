package dev.tlsbench.report;

import dev.tlsbench.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scripts/plot [--out DIR] RESULT_DIR...}: reads every result directory (all inputs are
 * validated before anything is written), draws the charts (PNG + SVG) into OUT/charts and writes
 * OUT/index.html and OUT/summary.md. OUT defaults to the result directory when there is one, else
 * to a "compare_..." directory next to the first. Several JVMs or directories add comparison charts.
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
            System.err.println("usage: scripts/plot [--out DIR] RESULT_DIR...");
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
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--out needs a directory");
                }
                out = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                throw new UsageException("unknown option " + args[i] + "; valid: --out DIR");
            } else {
                dirs.add(Path.of(args[i]).toAbsolutePath().normalize());
            }
        }
        if (dirs.isEmpty()) {
            throw new UsageException("no result directory given");
        }
        List<Run> runs = new ArrayList<>();
        dirs.forEach(d -> runs.addAll(ResultDir.load(d)));
        if (out == null) {
            out = dirs.size() == 1 ? dirs.get(0)
                    : dirs.get(0).resolveSibling("compare_" + String.join("_vs_", dirs.stream().map(d -> d.getFileName().toString()).toList()));
        }
        List<ChartModel> charts = Report.charts(runs);
        Path chartDir = out.resolve("charts");
        List<byte[]> pngs = new ArrayList<>();
        for (ChartModel c : charts) {
            pngs.add(ChartRenderer.write(c, chartDir));
        }
        Files.createDirectories(out);
        byte[] html = HtmlReport.render(runs, charts, pngs).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out.resolve("index.html"), html);
        byte[] md = SummaryMd.render(runs, charts).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(out.resolve("summary.md"), md);
        return out;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
