package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.io.AtomicFile;
import dev.tlsbench.provider.Warmup;
import dev.tlsbench.results.CalibrationFile;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.Schema;
import dev.tlsbench.stats.CellInterval;
import dev.tlsbench.stats.Steadiness;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * {@code scripts/calibrate}: is the quick profile faithful? Measures a part of its cells
 * ({@link CalibrationSample}: a seeded rotation over the whole selection, the seed printed at the
 * start) under quick's timing and under the full policy (BenchBase), one fork at a time, interleaved
 * (quick fork 1, full fork 1, quick fork 2 ...: drift of the host moves neighbouring forks alike and
 * cancels in their paired ratio), and judges each cell by {@link CalibrationCheck} on 95% intervals
 * of the statistics kernel. Reports accuracy (quick/full) and precision (the quick intervals'
 * half-widths) per JVM ({@link CalibrationSummary}).
 *
 * <p>Usage ({@code --help} prints it, see {@link CalibrateCommand}): {@code scripts/calibrate [--jvm PATH]... [--families F,...]
 * [--param N=V,...] [--methods M,...] [--seed N] [--rotate K/N] [--out DIR]}; writes DIR/calibration.md and
 * calibration.json (rewritten after every cell). Exit code 0 when every sampled cell passed, 3 when
 * one did not (it is named), 2 bad usage.
 */
public final class CalibrateMain {

    private CalibrateMain() {
    }

    /** One side of a sampled cell: its forks' samples, or the state and reason of the fork that was not measured. */
    record Side(CellState state, String reason, List<List<Double>> rawData) {

        boolean measured() {
            return state == CellState.MEASURED;
        }
    }

    /** One sampled cell under both timings; {@code check} null unless both were measured. */
    record Pair(Plan.Planned cell, Side quick, Side full, CalibrationCheck check) {

        boolean passed() {
            return check != null && check.passed();
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
        CalibrationSample sample = command.sample(LocalDateTime.now());
        RunOptions options = RunOptions.of(Profile.QUICK, command.selection, false, false, null, args, ResultPaths.defaultJava());
        List<Plan.Planned> cells = Plan.of(options).cells();
        List<Plan.Planned> part = sample.pick(cells, p -> p.cell().key());
        System.out.println("calibrate: seed " + sample.seed() + ", part " + sample.rotation() + ": " + part.size() + " of the "
                + cells.size() + " selected quick cells (this sample again: " + sample.repeat()
                + (sample.parts() > 1 ? "; the rest of the rotation: the same --seed with --rotate K/" + sample.parts() + " for the other K" : "")
                + ")");
        Path out = options.out() != null ? options.out() : ResultPaths.defaultCalibrationDir();
        try (JmhLock lock = JmhLock.acquire()) { // two benchmarks at once would disturb each other's numbers
            return new Report(sample, cells.size(), part.size()).write(options, part, out);
        }
    }

    /** Measures and writes one calibration: calibration.md and calibration.json, rewritten after each cell. */
    private static final class Report {
        private final CalibrationSample sample;
        private final int population;
        private final int picked;
        private final String header;
        private final List<CalibrationFile.Entry> entries = new ArrayList<>();
        /** Per JVM: its table so far, and the summary and interval designs under it. */
        private final Map<String, StringBuilder> sections = new LinkedHashMap<>();
        private final Map<String, String> tails = new LinkedHashMap<>();
        private final List<CalibrationFile.Summary> summaries = new ArrayList<>();

        Report(CalibrationSample sample, int population, int picked) {
            this.sample = sample;
            this.population = population;
            this.picked = picked;
            this.header = "# Calibration: quick profile vs full policy\n\nStarted " + OffsetDateTime.now().withNano(0) + " on "
                    + HostInfo.read(host()).cpuModel() + " (" + Runtime.getRuntime().availableProcessors() + " CPUs). "
                    + "Sample: " + sampleText() + "; full policy `" + Timing.FULL + "`. Each cell is measured under quick and under full, "
                    + "one fork at a time, interleaved (quick fork 1, full fork 1, quick fork 2 ...). A cell **passes** when "
                    + "(a) the full score lies inside quick's " + percent(CellInterval.LEVEL) + " interval and (b) the quick/full "
                    + "ratio's " + percent(CellInterval.LEVEL) + " interval lies inside [0.90, 1.10]. Intervals: the statistics "
                    + "kernel's hierarchical bootstrap (forks, then iterations; with one fork on a side, iterations only) and its "
                    + "ratio bootstrap, paired over neighbouring forks; each JVM's list says how its intervals were made.\n";
        }

        private String sampleText() {
            return "seed " + sample.seed() + ", part " + sample.rotation() + " of its rotation (" + picked + " of " + population
                    + " selected quick cells; `" + sample.repeat() + "` repeats it)";
        }

        int write(RunOptions options, List<Plan.Planned> part, Path out) throws IOException {
            Files.createDirectories(out);
            boolean allPassed = true;
            for (RunDir.Jvm jvm : BenchMain.jvmIds(options.jvms())) {
                StringBuilder md = new StringBuilder("\n## ").append(jvm.id()).append(" (").append(jvm.java()).append(")\n\n")
                        .append("| family | cell | owner warmup | quick timing | quick [95%] | full [95%] | quick/full [95%] "
                                + "| (a) full in quick | (b) ratio in ±10% | verdict |\n|---|---|---|---|--:|--:|--:|---|---|---|\n");
                sections.put(jvm.id(), md);
                List<CalibrationCheck> checks = new ArrayList<>();
                Map<String, Integer> designs = new LinkedHashMap<>();
                try (PrintStream log = new PrintStream(new FileOutputStream(out.resolve(jvm.id() + "-jmh.log").toFile(), true),
                        true, StandardCharsets.UTF_8)) {
                    CellRun runner = new CellRun(jvm.java(), log);
                    int sampled = 0;
                    for (Plan.Planned p : part) {
                        Pair pair = measure(runner, p, jvm.id());
                        if (pair == null) {
                            System.out.println("[" + jvm.id() + "] " + Progress.shortKey(p) + ": quick not measurable, passed over");
                            md.append(passedOver(p));
                            continue;
                        }
                        sampled++;
                        allPassed &= pair.passed();
                        if (pair.check() != null) {
                            checks.add(pair.check());
                            designs.merge(pair.check().design(), 1, Integer::sum);
                        }
                        md.append(row(pair));
                        entries.add(entry(jvm.id(), pair));
                        System.out.println("[" + jvm.id() + "] " + Progress.shortKey(p) + ": " + verdict(pair));
                        summarize(jvm.id(), sampled, checks, designs);
                        save(out, false);
                    }
                    summarize(jvm.id(), sampled, checks, designs);
                }
            }
            save(out, true);
            summaries.forEach(s -> System.out.println(CalibrationSummary.text(s)));
            System.out.println("calibration in " + out + " (seed " + sample.seed() + ", part " + sample.rotation() + ")");
            return allPassed ? 0 : 3;
        }

        /** This JVM's summary (replacing the one so far) and the line under its table. */
        private void summarize(String jvm, int sampled, List<CalibrationCheck> checks, Map<String, Integer> designs) {
            summaries.removeIf(s -> s.jvm().equals(jvm));
            summaries.add(CalibrationSummary.of(jvm, sampled, checks));
            StringBuilder tail = new StringBuilder("\n").append(CalibrationSummary.text(summaries.get(summaries.size() - 1))).append(".\n");
            designs.forEach((d, n) -> tail.append("\nIntervals of ").append(n).append(" cell").append(n == 1 ? "" : "s").append(": ")
                    .append(d).append(".\n"));
            tails.put(jvm, tail.toString());
        }

        private void save(Path out, boolean finished) throws IOException {
            StringBuilder md = new StringBuilder(header);
            sections.forEach((jvm, table) -> md.append(table).append(tails.getOrDefault(jvm, "")));
            if (finished) {
                md.append("\nFinished ").append(OffsetDateTime.now().withNano(0)).append(".\n");
            }
            Json.write(out.resolve("calibration.json"), new CalibrationFile(Schema.CURRENT, sample.seed(), sample.rotation(), population,
                    sampleText(), CellInterval.LEVEL, summaries, entries));
            AtomicFile.write(out.resolve("calibration.md"), md.toString());
        }
    }

    /**
     * Both sides of one cell, one fork at a time, interleaved; null when quick's first fork found the
     * cell not measurable (unsupported, a harness limit): nothing to calibrate. A side stops at its
     * first fork that is not measured.
     */
    static Pair measure(CellRun runner, Plan.Planned p, String jvm) {
        List<List<Double>> quick = new ArrayList<>();
        List<List<Double>> full = new ArrayList<>();
        CellRun.Outcome quickStop = null;
        CellRun.Outcome fullStop = null;
        int forks = Math.max(p.timing().forks(), Timing.FULL.forks());
        for (int i = 0; i < forks; i++) {
            if (i < p.timing().forks() && quickStop == null) {
                CellRun.Outcome o = runner.run(p.cell(), p.timing().withForks(1));
                if (i == 0 && o.state() != CellState.MEASURED && o.state() != CellState.FAILED) {
                    return null;
                }
                if (o.state() == CellState.MEASURED) {
                    quick.addAll(samples(o.result()));
                } else {
                    quickStop = o;
                }
            }
            if (i < Timing.FULL.forks() && fullStop == null) {
                CellRun.Outcome o = runner.run(p.cell(), Timing.FULL.withForks(1));
                if (o.state() == CellState.MEASURED) {
                    full.addAll(samples(o.result()));
                } else {
                    fullStop = o;
                }
            }
        }
        Side q = side(quickStop, quick);
        Side f = side(fullStop, full);
        CalibrationCheck check = q.measured() && f.measured()
                ? CalibrationCheck.of(jvm + " " + p.cell().key(), quick, full, quick.size() == full.size()) : null;
        return new Pair(p, q, f, check);
    }

    private static Side side(CellRun.Outcome stop, List<List<Double>> raw) {
        return stop == null ? new Side(CellState.MEASURED, "", List.copyOf(raw)) : new Side(stop.state(), stop.reason(), List.copyOf(raw));
    }

    private static Warmup warmupOf(Plan.Planned p) {
        return p.family().owner(p.cell().params().get(p.family().ownerParam())).warmup();
    }

    private static String passedOver(Plan.Planned p) {
        return "| " + p.family().name() + " | " + Progress.shortKey(p) + " | " + warmupOf(p) + " | `" + p.timing()
                + "` | - | - | - | - | - | not measurable under quick, passed over |\n";
    }

    private static String row(Pair pair) {
        Plan.Planned p = pair.cell();
        CalibrationCheck c = pair.check();
        return "| " + p.family().name() + " | " + Progress.shortKey(p) + " | " + warmupOf(p) + " | `" + p.timing() + "` | "
                + (c == null ? pair.quick().state().label() : measured(c.quick(), pair.quick())) + " | "
                + (c == null ? pair.full().state().label() : measured(c.full(), pair.full())) + " | "
                + (c == null ? "-" : c.ratio().hasInterval()
                        ? String.format(Locale.ROOT, "%.3f [%.3f–%.3f]", c.ratio().value(), c.ratio().lo(), c.ratio().hi())
                        : String.format(Locale.ROOT, "%.3f", c.ratio().value()))
                + " | " + (c == null ? "-" : c.fullInQuick() ? "yes" : "**no**")
                + " | " + (c == null ? "-" : c.ratioWithinBound() ? "yes" : "**no**")
                + " | " + verdict(pair) + " |\n";
    }

    private static String verdict(Pair pair) {
        if (pair.check() == null) {
            return "FAIL: not measured: quick " + pair.quick().state().label() + ", full " + pair.full().state().label()
                    + " (" + (pair.quick().reason().isEmpty() ? pair.full().reason() : pair.quick().reason()) + ")";
        }
        return pair.check().verdict() + String.format(Locale.ROOT, " (%.3f)", pair.check().ratio().value());
    }

    /** "123,456 [120,000–125,000] ±1.2% (steady)" or without an interval the score alone. */
    private static String measured(CellInterval i, Side side) {
        Steadiness s = Steadiness.of(side.rawData());
        String steady = s.steady() ? "" : " (not steady: " + s.reason() + ")";
        if (!i.hasInterval()) {
            return CalibrationCheck.num(i.mean()) + " (no interval)" + steady;
        }
        return CalibrationCheck.num(i.mean()) + " [" + CalibrationCheck.num(i.lo()) + "–" + CalibrationCheck.num(i.hi())
                + String.format(Locale.ROOT, "] ±%.1f%%", 100 * i.halfWidth()) + steady;
    }

    private static CalibrationFile.Entry entry(String jvm, Pair pair) {
        Plan.Planned p = pair.cell();
        CalibrationCheck c = pair.check();
        return new CalibrationFile.Entry(jvm, p.family().name(), p.cell().key(), p.timing().toString(), Timing.FULL.toString(),
                measurement(pair.quick(), c == null ? null : c.quick()), measurement(pair.full(), c == null ? null : c.full()),
                c == null ? null : c.ratio().value(), c == null || !c.ratio().hasInterval() ? null : c.ratio().lo(),
                c == null || !c.ratio().hasInterval() ? null : c.ratio().hi(), c == null ? null : c.ratio().design(),
                c == null ? null : c.fullInQuick(), c == null ? null : c.ratioWithinBound(), pair.passed(), verdict(pair));
    }

    private static CalibrationFile.Measurement measurement(Side side, CellInterval i) {
        if (!side.measured() || i == null) {
            return new CalibrationFile.Measurement(side.state(), side.reason(), null, null, null, null, null, null,
                    side.rawData().isEmpty() ? null : side.rawData());
        }
        Steadiness s = Steadiness.of(side.rawData());
        return new CalibrationFile.Measurement(side.state(), side.reason(), i.mean(), i.hasInterval() ? i.lo() : null,
                i.hasInterval() ? i.hi() : null, i.design(), s.steady(), s.reason(), side.rawData());
    }

    /** The measurement iterations of each fork. */
    static List<List<Double>> samples(RunResult r) {
        List<List<Double>> forks = new ArrayList<>();
        r.getBenchmarkResults().forEach(b -> forks.add(b.getIterationResults().stream()
                .map(i -> i.getPrimaryResult().getScore()).toList()));
        return forks;
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * level);
    }

    private static String host() {
        String h = HostInfo.command("uname", "-n");
        return h == null ? "unknown" : h;
    }
}
