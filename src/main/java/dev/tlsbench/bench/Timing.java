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

    /**
     * The fewest measured samples of a quick fork, and the shortest steady window ({@code
     * stats.SteadyWindow}): enough to see a step or a trend in it.
     */
    public static final int QUICK_ITERATIONS = 5;

    /** A quick sample: short, so that where a fork settles can be seen to within 0.4 s. */
    static final long QUICK_SAMPLE_MILLIS = 400;

    /**
     * The quick profile's timing of an owner running native code (Conscrypt, ACCP). The native
     * primitive is fast from the start, but the Java wrapper around it (JNI glue, buffer handling,
     * the provider's own Java-side state machine) still needs C2; each family's descriptor says how
     * long, from its warmup curve where one is committed. See {@link #settling} for how that time is spent.
     */
    public static Timing quickNative(int warmupSeconds) {
        return quickNative(warmupSeconds, QUICK_SAMPLE_MILLIS);
    }

    /**
     * The same with samples of {@code sampleMillis}: for native owners whose work allocates Java
     * objects that own native memory (Conscrypt's decoded keys, SSL objects). Each young GC then
     * hands them to finalizers and Cleaners that free the native side on the other core, and the
     * iteration with the GC scores about 13% lower (JDK 25, HandshakeCostBench with -prof gc:
     * 54-56 k/s with a GC, 62-64 k/s without; docs/calibration). The samples of a fork then span
     * about as many GC cycles as the full policy's, so their mean is not the GC-free score.
     */
    public static Timing quickNative(int warmupSeconds, long sampleMillis) {
        return settling(warmupSeconds, sampleMillis);
    }

    /**
     * The quick profile's timing of an owner whose work C2 must compile first (JDK, BC, SunJSSE,
     * BCJSSE): the warmup each family's curves need to reach their plateau, spent as {@link #settling} says.
     */
    public static Timing quickJit(int warmupSeconds) {
        return settling(warmupSeconds, QUICK_SAMPLE_MILLIS);
    }

    /**
     * A fork that finds its own steady state instead of assuming one: floor(warmupSeconds / 3) seconds of the warmup the
     * owner's curves need (at least 1 s) runs as JMH warmup, the rest is measured in short samples,
     * and {@link #QUICK_ITERATIONS} more samples follow. The report takes each fork's samples from
     * where it settled (its steady window, at least five flat samples at the end) and sets aside a
     * fork that did not, so a fork that settles early gives a longer window and one that settles
     * late still gives five samples; the fork takes as long as a fixed warmup of {@code
     * warmupSeconds} followed by five samples would.
     */
    static Timing settling(int warmupSeconds, long sampleMillis) {
        int fixed = Math.max(1, warmupSeconds / 3);
        long searched = Math.max(0, (warmupSeconds - fixed) * 1000L);
        int iterations = (int) ((searched + sampleMillis - 1) / sampleMillis) + QUICK_ITERATIONS;
        return of(QUICK_FORKS, fixed, 1000, iterations, sampleMillis);
    }

    /**
     * The same timing measuring {@code factor} times as many samples: a later fork of a cell whose
     * earlier forks did not settle, so that its steady state has room to show.
     */
    public Timing longer(int factor) {
        return new Timing(forks, warmupIterations, warmupTime, iterations * factor, iterationTime);
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
