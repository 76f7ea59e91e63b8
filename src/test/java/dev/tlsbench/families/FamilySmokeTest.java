package dev.tlsbench.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Support;
import dev.tlsbench.bench.Timing;
import dev.tlsbench.run.CellRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of every family's full matrix, through JMH itself (in this JVM, one tiny iteration):
 * each runs exactly as its family's probe says (measured with a score above zero, or skipped as
 * unsupported or a harness limit with its reason in JMH's log), and none fails. It proves the
 * benchmarks run and that the run's classification of cells works end to end, not how fast.
 */
class FamilySmokeTest {

    /** In-process (-f 0), no warmup, one 30 ms iteration: only that it runs. */
    private static final Timing SMOKE = Timing.of(0, 0, 0, 1, 30);

    static {
        // A benchmark run going on at the same time holds JMH's lock; smoke runs need not wait for it.
        System.setProperty("jmh.ignoreLock", "true");
    }

    @TestFactory
    Stream<DynamicTest> everyCellRunsAsItsProbeSays() {
        return Families.ALL.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
    }

    private static void check(Family family) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        int measured = 0;
        for (CellSet set : family.profile().full()) {
            if (set.threads() > 1) {
                continue; // thread scaling adds no combination a single thread does not run
            }
            for (CellRun.Outcome o : new CellRun(null, new PrintStream(log, true, StandardCharsets.UTF_8)).runAll(family, set, SMOKE)) {
                Support expected = family.probe(o.cell());
                if (o.state() != expected.state()) {
                    problems.add(o.cell() + ": " + o.state().label() + " (" + o.reason() + "), its probe says " + expected);
                } else if (o.state() == CellState.MEASURED) {
                    measured++;
                    if (!(o.result().getPrimaryResult().getScore() > 0)) {
                        problems.add(o.cell() + " scored " + o.result().getPrimaryResult().getScore());
                    }
                } else if (o.reason().isBlank()) {
                    problems.add(o.cell() + ": " + o.state().label() + " without a reason");
                }
            }
        }
        String jmhLog = log.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), problems, () -> jmhLog.lines().filter(l -> l.contains("Exception")).limit(20)
                .reduce("", (a, b) -> a + "\n" + b));
        assertTrue(measured > 0, family + ": nothing measured");
        assertFalse(jmhLog.isBlank(), "JMH's output reaches the log");
        System.out.println(family + ": " + measured + " cells measured");
    }
}
