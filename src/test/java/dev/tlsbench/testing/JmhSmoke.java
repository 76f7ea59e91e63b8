package dev.tlsbench.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs benchmarks through JMH's own Runner with one tiny measurement iteration and no warmup: it
 * proves each combination really runs (setup passes its checks, the method returns), not how fast.
 * Runs in this JVM (-f 0) unless told otherwise, so a smoke test of hundreds of combinations stays
 * in seconds; a benchmark that changes global JCA state must ask for a fork.
 */
public final class JmhSmoke {

    static {
        // Smoke runs prove that benchmarks run, never how fast: they need not wait for, or fail on,
        // JMH's machine-wide lock held by a benchmark run going on at the same time.
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** The score of each combination that ran, keyed like "seal provider=JDK aead=AES_128_GCM", and JMH's output. */
    public record Outcome(Map<String, Double> scores, String log) {
        public boolean ran(String key) {
            return scores.containsKey(key);
        }
    }

    private JmhSmoke() {
    }

    public static Outcome run(String includeRegex, Map<String, String[]> params) throws RunnerException {
        return run(includeRegex, params, 0);
    }

    public static Outcome run(String includeRegex, Map<String, String[]> params, int forks) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(includeRegex)
                .forks(forks)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(30))
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(false)
                .verbosity(VerboseMode.NORMAL);
        params.forEach(b::param);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Collection<RunResult> results = new Runner(b.build(),
                OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL)).run();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            Map<String, String> p = new LinkedHashMap<>();
            for (String key : r.getParams().getParamsKeys()) {
                p.put(key, r.getParams().getParam(key));
            }
            scores.put(key(method, p), r.getPrimaryResult().getScore());
        }
        return new Outcome(scores, bytes.toString(StandardCharsets.UTF_8));
    }

    /** "method k1=v1 k2=v2" with the parameters in the order given. */
    public static String key(String method, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(method);
        params.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
