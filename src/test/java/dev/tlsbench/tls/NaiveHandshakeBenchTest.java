package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The naive reference harness runs every cell through JMH (in this JVM, one tiny iteration). */
class NaiveHandshakeBenchTest {

    static {
        System.setProperty("jmh.ignoreLock", "true");
    }

    @Test
    void everyCellScores() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("^" + NaiveHandshakeBench.class.getName() + "\\.")
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(30)).verbosity(VerboseMode.SILENT).build()).run();
        assertEquals(NaiveHandshakeBench.NaiveConfig.values().length * NaiveHandshakeBench.NaiveKeyManager.values().length,
                results.size());
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().toString());
        }
    }
}
