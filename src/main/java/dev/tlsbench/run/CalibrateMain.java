package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import dev.tlsbench.stats.Steadiness;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.io.AtomicFile;
import dev.tlsbench.provider.Warmup;
import dev.tlsbench.results.CalibrationFile;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Schema;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * {@code scripts/calibrate}: is the quick profile faithful? Measures a sample of its cells twice in
 * one session, back to back, under quick's timing and under the full policy (BenchBase), and prints
 * quick/full per cell with both errors and both steady-state verdicts. A cell is faithful when the
 * ratio is within {@link #TOLERANCE} of 1. The sample takes, per family and per owner warmup class
 * (native, JIT), two measured quick cells, from the ends of the group inwards (a cell its owner
 * cannot do is passed over), or every quick cell with {@code --sample all}.
 *
 * <p>Usage ({@code --help} prints it, see {@link CalibrateCommand}): {@code scripts/calibrate [--jvm PATH]... [--families F,...] [--param N=V,...]
 * [--methods M,...] [--sample all] [--out DIR]}; writes DIR/calibration.md and calibration.json.
 * Exit code 0 when every sampled cell is faithful, 3 when one is not (it is named), 2 bad usage.
 */
public final class CalibrateMain {

    /** The bound: every published quick cell within +-10% of the full policy. */
    static final double TOLERANCE = 0.10;

    /** Measured cells per family and owner warmup class in the default sample. */
    private static final int SAMPLE_PER_GROUP = 2;


    private CalibrateMain() {
    }

    /** One sampled cell under both timings. */
    record Pair(Plan.Planned cell, CellRun.Outcome quick, CellRun.Outcome full) {

        double ratio() {
            return score(quick) / score(full);
        }

        /** The ratio's 99.9% half-width, from both relative errors (NaN without both). */
        double ratioError() {
            return ratio() * Math.hypot(relError(quick), relError(full));
        }

        boolean faithful() {
            return quick.state() == CellState.MEASURED && full.state() == CellState.MEASURED
                    && Math.abs(ratio() - 1) <= TOLERANCE;
        }
    }

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args)));
        } catch (UsageException e) {
            System.err.println("calibrate: " + e.getMessage() + (e instanceof RunRefused ? "" : " (scripts/calibrate --help shows the usage)"));
            System.exit(2);
        } catch (IOException e) {
            System.err.println("calibrate: cannot write: " + e);
            System.exit(1);
        }
    }

    static int run(List<String> args) throws IOException {
        CalibrateCommand command = CalibrateCommand.parse(args);
        if (command.help) {
            System.out.println(CalibrateCommand.usage());
            return 0;
        }
        boolean all = command.all();
        RunOptions options = RunOptions.of(Profile.QUICK, command.selection, false, false, null, args, ResultPaths.defaultJava());
        List<Plan.Planned> cells = Plan.of(options).cells();
        List<List<Plan.Planned>> groups = all ? cells.stream().map(List::of).toList() : groups(cells);
        Path out = options.out() != null ? options.out() : ResultPaths.defaultCalibrationDir();
        try (JmhLock lock = JmhLock.acquire()) { // two benchmarks at once would disturb each other's numbers
            return calibrate(options, groups, all, out);
        }
    }

    private static int calibrate(RunOptions options, List<List<Plan.Planned>> groups, boolean all, Path out) throws IOException {
        Files.createDirectories(out);
        List<CalibrationFile.Entry> json = new ArrayList<>();
        StringBuilder md = new StringBuilder("# Calibration: quick profile vs full policy\n\n");
        md.append("Started ").append(OffsetDateTime.now().withNano(0)).append(" on ").append(HostInfo.read(host()).cpuModel())
                .append(" (").append(Runtime.getRuntime().availableProcessors()).append(" CPUs); full policy `")
                .append(Timing.FULL).append("`; ").append(all ? "every quick cell" : "two cells per family and owner warmup class")
                .append(", each measured under quick then under full, back to back. Faithful = quick/full within ±").append((int) (TOLERANCE * 100))
                .append("%. Errors are JMH's 99.9% half-widths; the ratio's is propagated from both.\n");
        boolean allFaithful = true;
        for (RunDir.Jvm jvm : BenchMain.jvmIds(options.jvms())) {
            md.append("\n## ").append(jvm.id()).append(" (").append(jvm.java()).append(")\n\n")
                    .append("| family | cell | owner warmup | quick timing | quick | full | quick/full | verdict |\n")
                    .append("|---|---|---|---|--:|--:|--:|---|\n");
            try (PrintStream log = new PrintStream(new FileOutputStream(out.resolve(jvm.id() + "-jmh.log").toFile(), true),
                    true, StandardCharsets.UTF_8)) {
                CellRun runner = new CellRun(jvm.java(), log);
                for (List<Plan.Planned> group : groups) {
                    int measured = 0;
                    for (Plan.Planned p : fromTheEnds(group)) {
                        if (measured == SAMPLE_PER_GROUP && !all) {
                            break;
                        }
                        CellRun.Outcome quick = runner.run(p.cell(), p.timing());
                        if (quick.state() != CellState.MEASURED && quick.state() != CellState.FAILED) {
                            System.out.println("[" + jvm.id() + "] " + Progress.shortKey(p) + ": " + quick.state().label() + ", passed over");
                            continue;
                        }
                        measured++;
                        Pair pair = new Pair(p, quick, runner.run(p.cell(), Timing.FULL));
                        allFaithful &= pair.faithful();
                        md.append(row(pair));
                        json.add(toJson(jvm, pair));
                        System.out.println("[" + jvm.id() + "] " + Progress.shortKey(p) + ": " + verdict(pair));
                        Json.write(out.resolve("calibration.json"), new CalibrationFile(Schema.CURRENT, json));
                        AtomicFile.write(out.resolve("calibration.md"), md.toString());
                    }
                }
            }
        }
        md.append("\nFinished ").append(OffsetDateTime.now().withNano(0)).append(".\n");
        AtomicFile.write(out.resolve("calibration.md"), md.toString());
        System.out.println("calibration in " + out);
        return allFaithful ? 0 : 3;
    }

    /** The quick cells by family and owner warmup class. */
    static List<List<Plan.Planned>> groups(List<Plan.Planned> cells) {
        Map<String, List<Plan.Planned>> groups = new LinkedHashMap<>();
        for (Plan.Planned p : cells) {
            groups.computeIfAbsent(p.family().name() + " " + warmupOf(p), k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(groups.values());
    }

    /** First, last, second, second to last ...: the sample spreads over the group's owners and algorithms. */
    static List<Plan.Planned> fromTheEnds(List<Plan.Planned> group) {
        List<Plan.Planned> out = new ArrayList<>();
        for (int lo = 0, hi = group.size() - 1; lo <= hi; lo++, hi--) {
            out.add(group.get(lo));
            if (hi != lo) {
                out.add(group.get(hi));
            }
        }
        return out;
    }

    private static Warmup warmupOf(Plan.Planned p) {
        return p.family().owner(p.cell().params().get(p.family().ownerParam())).warmup();
    }

    private static String row(Pair pair) {
        Plan.Planned p = pair.cell();
        return "| " + p.family().name() + " | " + Progress.shortKey(p) + " | " + warmupOf(p) + " | `" + p.timing() + "` | "
                + measured(pair.quick()) + " | " + measured(pair.full()) + " | "
                + (both(pair) ? String.format(Locale.ROOT, "%.3f ± %.3f", pair.ratio(), pair.ratioError()) : "-")
                + " | " + verdict(pair) + " |\n";
    }

    private static String verdict(Pair pair) {
        if (!both(pair)) {
            return "not measured: quick " + pair.quick().state().label() + ", full " + pair.full().state().label()
                    + " (" + (pair.quick().reason().isEmpty() ? pair.full().reason() : pair.quick().reason()) + ")";
        }
        return (pair.faithful() ? "within ±10%" : "OUTLIER") + String.format(Locale.ROOT, " (%.3f)", pair.ratio());
    }

    private static boolean both(Pair pair) {
        return pair.quick().state() == CellState.MEASURED && pair.full().state() == CellState.MEASURED;
    }

    /** "123,456 ± 1.2% (steady)" or the state. */
    private static String measured(CellRun.Outcome o) {
        if (o.state() != CellState.MEASURED) {
            return o.state().label();
        }
        Steadiness s = steadiness(o.result());
        double v = score(o);
        return String.format(Locale.ROOT, v >= 100 ? "%,.0f ± %.1f%%%s" : "%.3g ± %.1f%%%s", v, 100 * relError(o),
                s.steady() ? "" : " (not steady: " + s.reason() + ")");
    }

    private static CalibrationFile.Entry toJson(RunDir.Jvm jvm, Pair pair) {
        return new CalibrationFile.Entry(jvm.id(), pair.cell().family().name(), pair.cell().cell().key(),
                pair.cell().timing().toString(), Timing.FULL.toString(), measurement(pair.quick()), measurement(pair.full()),
                both(pair) ? pair.ratio() : null, both(pair) ? pair.ratioError() : null, pair.faithful());
    }

    private static CalibrationFile.Measurement measurement(CellRun.Outcome o) {
        if (o.state() != CellState.MEASURED) {
            return new CalibrationFile.Measurement(o.state(), o.reason(), null, null, null, null, null);
        }
        Steadiness s = steadiness(o.result());
        return new CalibrationFile.Measurement(o.state(), o.reason(), score(o), o.result().getPrimaryResult().getScoreError(),
                s.steady(), s.reason(), samples(o.result()));
    }

    private static double score(CellRun.Outcome o) {
        return o.result() == null ? Double.NaN : o.result().getPrimaryResult().getScore();
    }

    private static double relError(CellRun.Outcome o) {
        Result<?> r = o.result().getPrimaryResult();
        return r.getScoreError() / r.getScore();
    }

    static Steadiness steadiness(RunResult r) {
        return Steadiness.of(samples(r));
    }

    /** The measurement iterations of each fork. */
    static List<List<Double>> samples(RunResult r) {
        List<List<Double>> forks = new ArrayList<>();
        r.getBenchmarkResults().forEach(b -> forks.add(b.getIterationResults().stream()
                .map(i -> i.getPrimaryResult().getScore()).toList()));
        return forks;
    }

    private static String host() {
        String h = HostInfo.command("uname", "-n");
        return h == null ? "unknown" : h;
    }
}
