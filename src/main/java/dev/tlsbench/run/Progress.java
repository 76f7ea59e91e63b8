package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import java.time.Duration;
import java.util.Locale;

/**
 * The whole run's progress line after every fork: planned forks done of all JVMs, the round, time so
 * far, and an ETA of the planned rounds from the plan's estimate, scaled by how the forks so far
 * compared with theirs. Forks of the adaptive rounds say how much of the budget is left instead.
 */
final class Progress {

    /** Environment, capability matrix, correctness gate and TLS attribution of one JVM (measured: 40-60 s). */
    static final Duration ENV_CAPTURE = Duration.ofSeconds(60);

    private final long start = System.nanoTime();
    private final int total;
    private Duration remainingEstimate;
    private Duration estimatedDone = Duration.ZERO;
    private Duration actualDone = Duration.ZERO;
    private int done;

    Progress(Plan plan, int jvms) {
        this.total = plan.forks() * jvms;
        this.remainingEstimate = plan.estimate().multipliedBy(jvms);
    }

    /** A planned fork that does not run: kept from before, or its cell is closed. */
    void skipped(Plan.Planned p) {
        done++;
        remainingEstimate = remainingEstimate.minus(p.forkEstimate());
    }

    void finished(RunDir.Jvm jvm, Plan.Planned p, int round, CellRun.Outcome o) {
        done++;
        remainingEstimate = remainingEstimate.minus(p.forkEstimate());
        estimatedDone = estimatedDone.plus(p.forkEstimate());
        actualDone = actualDone.plus(o.took());
        double ratio = estimatedDone.isZero() ? 1 : (double) actualDone.toMillis() / Math.max(1, estimatedDone.toMillis());
        Duration eta = Duration.ofMillis((long) (remainingEstimate.toMillis() * ratio));
        print(String.format(Locale.ROOT, "%s round %d, %d/%d %s, ~%s left", jvm.id(), round, done, total,
                format(elapsed()), format(eta)), p, o);
    }

    /** A fork of an adaptive round: beyond the plan, within the budget. */
    void adaptive(RunDir.Jvm jvm, Plan.Planned p, int round, CellRun.Outcome o, Duration budgetLeft) {
        print(String.format(Locale.ROOT, "%s round %d (adaptive), %s, %s of the budget left", jvm.id(), round,
                format(elapsed()), format(budgetLeft)), p, o);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void print(String where, Plan.Planned p, CellRun.Outcome o) {
        String what = o.state() == CellState.MEASURED
                ? String.format(Locale.ROOT, "%,.0f %s", o.result().getPrimaryResult().getScore(), o.result().getPrimaryResult().getScoreUnit())
                : o.state().label() + ": " + o.reason();
        // said at once: a benchmark run beside a build is not worth finishing
        if (o.load() != null && o.load().busy()) {
            what += " [machine busy: " + o.load().text() + "]";
        }
        System.out.printf(Locale.ROOT, "[%s] %s: %s%n", where, shortKey(p), what.length() > 160 ? what.substring(0, 157) + "..." : what);
    }

    /** The cell without its package: "AeadRecordBench.seal aead=... provider=...". */
    static String shortKey(Plan.Planned p) {
        return p.cell().key().substring(p.family().benchmark().getPackageName().length() + 1);
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
