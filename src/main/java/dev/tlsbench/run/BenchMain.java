package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.openssl.OpenSslSpeed;
import dev.tlsbench.report.cli.PlotMain;
import dev.tlsbench.report.input.ReportInputException;
import dev.tlsbench.results.CellRecord;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code scripts/bench}: runs a profile on one or more JVMs and writes one result directory (see
 * {@link RunDir}), then its charts and report. Per JVM it first records the environment and the
 * correctness gate, then measures the plan in interleaved rounds of forks ({@link Rounds}), one JMH
 * fork per invocation, saving after every fork, with a progress line and an ETA; then, while the
 * budget lasts, adaptive rounds for cells still imprecise. An interrupted run keeps every finished
 * fork; {@code --resume DIR} runs each cell's missing forks (pending or FAILED cells from their
 * first), then the adaptive rounds, with the run's own options and JVMs. A run never shares its
 * directory: a new one gets a new directory (--out onto an old run is refused), the directory is
 * locked while a run writes it ({@link RunLock}), and JMH's lock is held for the whole run
 * ({@link JmhLock}); each refusal comes at start, before anything is written, naming the other party.
 *
 * <p>Exit codes: 0 every planned cell ended measured, unsupported or a harness limit, and the report
 * was written; 1 the report could not be written; 2 bad usage or refused at start (nothing ran); 3 a cell FAILED or is
 * still pending (everything else is kept and plotted); 130 interrupted.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(List.of(args)));
        } catch (UsageException e) {
            System.err.println("bench: " + e.getMessage() + (e instanceof RunRefused ? "" : " (scripts/bench --help shows the usage)"));
            System.exit(2);
        } catch (UncheckedIOException e) {
            System.err.println("bench: " + e.getMessage() + ": " + e.getCause());
            System.exit(1);
        }
    }

    static int run(List<String> args) {
        BenchCommand cli = BenchCommand.parse(args);
        if (cli.help) {
            System.out.println(BenchCommand.usage());
            return 0;
        }
        Path resume = null;
        List<String> runArgs = args;
        if (cli.resume != null) {
            if (cli.given > 1) {
                throw new UsageException("--resume DIR takes no other arguments: the run's own options are reused");
            }
            resume = cli.resume.toAbsolutePath().normalize();
            runArgs = RunDir.readArgs(resume);
        }
        RunOptions options = RunOptions.parse(runArgs, ResultPaths.defaultJava());
        Plan plan = Plan.of(options);
        List<RunDir.Jvm> jvms = jvmIds(options.jvms());
        Path out = resume != null ? resume : options.out() != null ? options.out().toAbsolutePath().normalize()
                : ResultPaths.defaultRunDir(jvms);
        String command = "scripts/bench " + String.join(" ", args);
        if (options.dryRun()) {
            dryRun(options, plan, jvms, out);
            return 0;
        }
        // Refusals first, each before this run writes anything: other JVMs than the directory was made
        // with, a new run onto an old one, the directory's lock, then JMH's lock.
        if (resume != null) {
            new RunDir(resume).checkJvms(jvms);
        } else if (RunDir.holdsRun(out)) {
            throw refuseExisting(out);
        }
        try (RunLock dirLock = resume != null ? RunLock.acquire(resume) : null) {
            try (JmhLock jmhLock = JmhLock.acquire()) {
                if (resume != null) {
                    return new Session(new RunDir(resume), options, plan, jvms, command, true, runArgs).run();
                }
                Path dir = create(out, options.out() != null);
                try (RunLock newLock = RunLock.acquire(dir)) {
                    if (RunDir.holdsRun(dir)) {
                        throw refuseExisting(dir); // another run made it in the meantime
                    }
                    return new Session(new RunDir(dir), options, plan, jvms, command, false, runArgs).run();
                }
            }
        }
    }

    private static RunRefused refuseExisting(Path out) {
        return new RunRefused(out + " already holds a run: a new run never writes into it; continue that one with: "
                + "scripts/bench --resume " + out + " (or give another --out)");
    }

    /** The directory of a new run: --out as given, or the default name made unique. */
    private static Path create(Path out, boolean given) {
        try {
            return given ? Files.createDirectories(out) : ResultPaths.createNew(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
    }

    /** One run from start to report. */
    private record Session(RunDir dir, RunOptions options, Plan plan, List<RunDir.Jvm> jvms, String command,
                           boolean resumed, List<String> args) {

        int run() {
            List<JvmResults> results = new ArrayList<>();
            PrintStream console = System.err; // while a cell runs, System.err goes to its log (CellRun)
            Thread hook = new Thread(() -> {
                console.println("bench: interrupted; every finished cell is kept in " + dir.path()
                        + "; resume with: scripts/bench --resume " + dir.path());
                dir.finish("interrupted");
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                dir.writeArgs(args);
                dir.writePlan(plan, options.families(), options.budget());
                // The environment of every JVM first, so env.json exists as soon as anything is measured.
                // What each JVM's probes took counts against its budget (a resumed run took them before: the estimate).
                Map<String, Duration> envTook = new java.util.HashMap<>();
                if (!Files.exists(dir.path().resolve("env.json"))) {
                    for (RunDir.Jvm jvm : jvms) {
                        long start = System.nanoTime();
                        System.out.println("[" + jvm.id() + "] environment, capability matrix, correctness gate, TLS attribution ...");
                        EnvCapture.capture(dir.jvmDir(jvm).resolve("env"), jvm.java(), System.getProperty("java.class.path"))
                                .forEach(w -> System.err.println("bench: warning: [" + jvm.id() + "] " + w));
                        envTook.put(jvm.id(), Duration.ofNanos(System.nanoTime() - start));
                    }
                    dir.writeEnv(options, command, jvms);
                }
                for (RunDir.Jvm jvm : jvms) {
                    JvmResults r = JvmResults.load(dir.jvmDir(jvm), jvm.id());
                    r.warnings().forEach(w -> System.err.println("bench: " + w));
                    r.plan(plan.cells());
                    r.save();
                    results.add(r);
                }
                dir.writeStatus(results);
                Progress progress = new Progress(plan, jvms.size());
                for (int i = 0; i < jvms.size(); i++) {
                    measure(jvms.get(i), results.get(i), results, progress,
                            envTook.getOrDefault(jvms.get(i).id(), Progress.ENV_CAPTURE));
                }
                // The native baseline last: it explains no cell's number (the report compares with it), and
                // its minute of openssl speed before the first cell only delayed every measurement. A run
                // interrupted before it has none (the report says so); its --resume records it.
                if (!Files.exists(dir.path().resolve("openssl").resolve(NativeBaseline.FILE))) {
                    OpenSslSpeed.record(dir.path().resolve("openssl")).forEach(w -> System.err.println("bench: warning: " + w));
                }
                dir.finish("completed");
            } catch (IOException e) {
                System.err.println("bench: cannot write the results: " + e);
                return 1;
            } finally {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            int plotted = plot();
            return summary(results, plotted);
        }

        /**
         * The planned rounds of one JVM, then adaptive rounds until its budget is spent: the budget less
         * its environment probes and every fork it ran before (a resumed run's earlier sessions included).
         */
        private void measure(RunDir.Jvm jvm, JvmResults r, List<JvmResults> all, Progress progress, Duration env)
                throws IOException {
            Files.createDirectories(dir.jvmDir(jvm));
            try (PrintStream log = new PrintStream(new FileOutputStream(dir.jvmDir(jvm).resolve("jmh.log").toFile(), true),
                    true, StandardCharsets.UTF_8)) {
                CellRun runner = new CellRun(jvm.java(), log);
                Instant[] deadline = {null};
                Rounds rounds = new Rounds(plan.cells(), r, p -> runner.run(p.cell(), p.timing().withForks(1)), new Rounds.Listener() {
                    @Override
                    public void ran(Plan.Planned p, int round, boolean adaptive, CellRun.Outcome o) {
                        try {
                            dir.writeStatus(all);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot write " + dir.path().resolve("status.tsv"), e);
                        }
                        if (adaptive) {
                            progress.adaptive(jvm, p, round, o, Duration.between(Instant.now(), deadline[0]));
                        } else {
                            progress.finished(jvm, p, round, o);
                        }
                    }

                    @Override
                    public void skipped(Plan.Planned p) {
                        progress.skipped(p);
                    }
                }, Clock.systemUTC(), plan.profile().findsSteadyState());
                rounds.runPlanned();
                if (options.budget() != null) {
                    Duration spent = env.plus(Duration.ofMillis(Math.round(r.secondsSpent() * 1000)));
                    deadline[0] = Instant.now().plus(options.budget().minus(spent));
                    System.out.println("[" + jvm.id() + "] planned rounds done, " + Progress.format(spent) + " of the "
                            + Progress.format(options.budget()) + " budget spent; adaptive rounds for undecided headline questions, then imprecise cells ...");
                    int added = rounds.runAdaptive(deadline[0]);
                    System.out.println("[" + jvm.id() + "] " + added + " fork" + (added == 1 ? "" : "s")
                            + " added for undecided questions and imprecise cells within the budget");
                }
            }
        }

        private int plot() {
            if (!options.plot()) {
                return 0;
            }
            try {
                System.out.println("report written to " + PlotMain.run(dir.path().toString()));
                return 0;
            } catch (ReportInputException | IOException e) {
                System.err.println("bench: the report could not be written: " + e.getMessage());
                return 1;
            }
        }

        private int summary(List<JvmResults> results, int plotted) {
            boolean bad = false;
            for (JvmResults r : results) {
                Map<String, Integer> counts = r.counts();
                System.out.println("[" + r.jvmId() + "] " + counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
                for (CellRecord c : r.cells()) {
                    if (c.state() == CellState.FAILED || c.state() == CellState.PENDING) {
                        bad = true;
                        System.err.println("bench: " + r.jvmId() + " " + c.state().label() + ": " + c.key() + " " + c.reasonText());
                    }
                }
            }
            System.out.println("results in " + dir.path());
            if (bad) {
                System.err.println("bench: FAILED or pending cells (listed above; all others are kept); rerun them with: scripts/bench --resume " + dir.path());
                return 3;
            }
            return plotted;
        }
    }

    private static void dryRun(RunOptions options, Plan plan, List<RunDir.Jvm> jvms, Path out) {
        System.out.println("profile " + options.profile().cliName() + " (" + options.profile().description() + ")");
        System.out.println("JVMs " + jvms.stream().map(j -> j.id() + "=" + j.java()).collect(Collectors.joining(", ")) + "; output " + out);
        String family = "";
        Map<String, Duration> perFamily = new java.util.LinkedHashMap<>();
        for (Plan.Planned p : plan.cells()) {
            if (!p.family().name().equals(family)) {
                family = p.family().name();
                System.out.println("[" + family + "]");
            }
            perFamily.merge(family, p.estimate(), Duration::plus);
            System.out.println("  " + p.timing() + "  " + Progress.shortKey(p));
        }
        System.out.println("planned rounds' estimate per family and JVM: " + perFamily.entrySet().stream()
                .map(e -> e.getKey() + " " + Progress.format(e.getValue())).collect(Collectors.joining(", ")));
        Duration perJvm = plan.estimate().plus(Progress.ENV_CAPTURE);
        System.out.printf(Locale.ROOT, "%d cells, %d forks in %d interleaved rounds per JVM; planned rounds estimated %s per JVM "
                        + "(environment capture included), %s in all%n", plan.cells().size(), plan.forks(), Rounds.planned(plan.cells()),
                Progress.format(perJvm), Progress.format(perJvm.multipliedBy(jvms.size())));
        Duration budget = options.budget();
        if (budget == null) {
            System.out.println("no budget: no forks beyond the planned rounds (--budget DURATION adds some to undecided questions and imprecise cells)");
        } else if (perJvm.compareTo(budget) <= 0) {
            System.out.println("budget " + Progress.format(budget) + " per JVM: about " + Progress.format(budget.minus(perJvm))
                    + " left after the planned rounds for more forks of undecided questions and imprecise cells");
        } else {
            System.out.println("budget " + Progress.format(budget) + " per JVM: the planned rounds alone need about "
                    + Progress.format(perJvm) + ", " + Progress.format(perJvm.minus(budget)) + " more than the budget;"
                    + " they all run (the design is not shrunk to fit) and no fork is added; to fit, select fewer cells"
                    + " (--families, --param, --methods)");
        }
    }

    /** jdk17, jdk25, ...: the feature version each java reports, numbered when two share one. */
    static List<RunDir.Jvm> jvmIds(List<String> javas) {
        List<RunDir.Jvm> out = new ArrayList<>();
        for (String java : javas) {
            Map<String, String> props = properties(java);
            String version = props.get("java.specification.version");
            String id = "jdk" + version;
            for (int n = 2; idTaken(out, id); n++) {
                id = "jdk" + version + "-" + n;
            }
            out.add(new RunDir.Jvm(id, java, props.getOrDefault("java.runtime.version", "unknown")));
        }
        return out;
    }

    private static boolean idTaken(List<RunDir.Jvm> jvms, String id) {
        return jvms.stream().anyMatch(j -> j.id().equals(id));
    }

    /** The java's version properties, as -XshowSettings:properties prints them. */
    private static Map<String, String> properties(String java) {
        try {
            Process p = new ProcessBuilder(java, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            Map<String, String> props = new java.util.HashMap<>();
            out.lines().map(String::trim).filter(l -> l.startsWith("java.specification.version") || l.startsWith("java.runtime.version"))
                    .forEach(l -> props.put(l.substring(0, l.indexOf('=')).trim(), l.substring(l.indexOf('=') + 1).trim()));
            if (!props.containsKey("java.specification.version")) {
                throw new UsageException(java + " -version did not say its java.specification.version");
            }
            return props;
        } catch (IOException e) {
            throw new UsageException("cannot run " + java + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while asking " + java + " its version");
        }
    }
}
