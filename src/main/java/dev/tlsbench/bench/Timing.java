package dev.tlsbench.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timing of one JMH invocation: forks, warmup iterations and measurement iterations, each of
 * a fixed duration. {@link #FULL} is read from {@link BenchBase}'s annotations, so the run policy
 * is written once, there.
 */
public record Timing(int forks, int warmupIterations, Duration warmupTime, int iterations, Duration iterationTime) {

    private static final Pattern FLAGS = Pattern.compile("-f (\\d+) -wi (\\d+) -w (\\d+)ms -i (\\d+) -r (\\d+)ms");

    /** BenchBase's run policy: what the full profile and the calibration's reference run. */
    public static final Timing FULL = fromAnnotations(BenchBase.class);

    /**
     * Forks of every quick cell, run as interleaved rounds (fork i of every cell in round i, see
     * run.Rounds). Two, for native owners too: on shared 2-core guests the host moves a score between
     * forks as much as the JIT does (issue 19: native Conscrypt X25519 iterations 13-20 k/s under the
     * full policy, the JDK's X25519 ~2 700/s in one fork and ~2 100/s in the other), and one fork
     * cannot show forks disagreeing.
     */
    public static final int QUICK_FORKS = 2;

    /** Measurement iterations per quick fork: many short ones, enough to see a step or a trend in a fork (>= 5). */
    public static final int QUICK_ITERATIONS = 5;

    /** A quick sample: short, so five of them fit in the time three used to take. */
    static final long QUICK_SAMPLE_MILLIS = 400;

    /**
     * The quick profile's timing of an owner running native code (Conscrypt, ACCP). The native
     * primitive is fast from the start, but the Java wrapper around it (JNI glue, buffer handling,
     * the provider's own Java-side state machine) still needs C2; each family's descriptor says how
     * long, from its warmup curve where one is committed.
     */
    public static Timing quickNative(int warmupSeconds) {
        return quickNative(warmupSeconds, QUICK_SAMPLE_MILLIS);
    }

    /**
     * The same with samples of {@code sampleMillis}: for native owners whose work allocates Java
     * objects that own native memory (Conscrypt's decoded keys, SSL objects). Each young GC then
     * hands them to finalizers and Cleaners that free the native side on the other core, and the
     * iteration with the GC scores about 13% lower (JDK 25, HandshakeCostBench with -prof gc:
     * 54-56 k/s with a GC, 62-64 k/s without; docs/calibration). The five samples of a fork span
     * about as many GC cycles as the full policy's (5 s against its 10 s), so their mean is not the
     * GC-free score.
     */
    public static Timing quickNative(int warmupSeconds, long sampleMillis) {
        return of(QUICK_FORKS, warmupSeconds, 1000, QUICK_ITERATIONS, sampleMillis);
    }

    /**
     * The quick profile's timing of an owner whose work C2 must compile first (JDK, BC, SunJSSE,
     * BCJSSE): the warmup each family's curves need to reach their plateau, then five short samples.
     */
    public static Timing quickJit(int warmupSeconds) {
        return of(QUICK_FORKS, warmupSeconds, 1000, QUICK_ITERATIONS, QUICK_SAMPLE_MILLIS);
    }

    /** The same timing with {@code n} forks: a run's rounds invoke JMH one fork at a time. */
    public Timing withForks(int n) {
        return new Timing(n, warmupIterations, warmupTime, iterations, iterationTime);
    }

    /** A timing in the units profiles are written in: milliseconds per iteration. */
    public static Timing of(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis) {
        return new Timing(forks, warmupIterations, Duration.ofMillis(warmupMillis), iterations, Duration.ofMillis(iterationMillis));
    }

    /** JMH command-line flags for this timing. */
    public List<String> jmhArgs() {
        return List.of("-f", String.valueOf(forks), "-wi", String.valueOf(warmupIterations), "-w", ms(warmupTime),
                "-i", String.valueOf(iterations), "-r", ms(iterationTime));
    }

    /** Time spent warming up and measuring in one fork (JVM start and setup not included). */
    public Duration perFork() {
        return warmupTime.multipliedBy(warmupIterations).plus(iterationTime.multipliedBy(iterations));
    }

    /** Samples the score is computed from: iterations x forks. */
    public int samples() {
        return forks * iterations;
    }

    /** The JMH flags, as cells.json and plan.json record a timing; {@link #parse} reads them back. */
    @Override
    public String toString() {
        return String.join(" ", jmhArgs());
    }

    /** The timing {@link #toString()} wrote, or empty when the text is not one. */
    public static Optional<Timing> parse(String flags) {
        Matcher m = FLAGS.matcher(flags == null ? "" : flags.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)),
                Integer.parseInt(m.group(4)), Long.parseLong(m.group(5))));
    }

    /** For people: "1 fork: 4 x 1 s warmup, 4 x 1 s measured". */
    public String describe() {
        String warm = warmupIterations == 0 ? "no warmup" : warmupIterations + " x " + seconds(warmupTime) + " warmup";
        return forks + (forks == 1 ? " fork: " : " forks: ") + warm + ", " + iterations + " x " + seconds(iterationTime) + " measured";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String ms(Duration d) {
        return d.toMillis() + "ms";
    }

    private static Timing fromAnnotations(Class<?> c) {
        Fork f = c.getAnnotation(Fork.class);
        Warmup w = c.getAnnotation(Warmup.class);
        Measurement m = c.getAnnotation(Measurement.class);
        return new Timing(f.value(), w.iterations(), Duration.of(w.time(), w.timeUnit().toChronoUnit()),
                m.iterations(), Duration.of(m.time(), m.timeUnit().toChronoUnit()));
    }

    /** The JVM arguments every fork gets, from BenchBase's @Fork (also given to the environment probes). */
    public static List<String> forkJvmArgs() {
        return List.of(BenchBase.class.getAnnotation(Fork.class).jvmArgsAppend());
    }
}
