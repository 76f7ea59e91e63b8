package dev.tlsbench.run;

import dev.tlsbench.bench.CellState;
import java.time.Duration;
import java.util.Locale;

/**
 * The whole run's progress line after every cell: cells done of all JVMs, time so far, and an ETA
 * from the plan's estimate, scaled by how the cells measured so far compared with theirs.
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
        this.total = plan.cells().size() * jvms;
        this.remainingEstimate = plan.estimate().multipliedBy(jvms);
    }

    void skipped(Plan.Planned p) {
        done++;
        remainingEstimate = remainingEstimate.minus(p.estimate());
    }

    void finished(RunDir.Jvm jvm, Plan.Planned p, CellRun.Outcome o) {
        done++;
        remainingEstimate = remainingEstimate.minus(p.estimate());
        estimatedDone = estimatedDone.plus(p.estimate());
        actualDone = actualDone.plus(o.took());
        double ratio = estimatedDone.isZero() ? 1 : (double) actualDone.toMillis() / Math.max(1, estimatedDone.toMillis());
        Duration eta = Duration.ofMillis((long) (remainingEstimate.toMillis() * ratio));
        String what = o.state() == CellState.MEASURED
                ? String.format(Locale.ROOT, "%,.0f %s", o.result().getPrimaryResult().getScore(), o.result().getPrimaryResult().getScoreUnit())
                : o.state().label() + ": " + o.reason();
        System.out.printf(Locale.ROOT, "[%s %d/%d %s, ~%s left] %s: %s%n", jvm.id(), done, total,
                format(Duration.ofNanos(System.nanoTime() - start)), format(eta), shortKey(p),
                what.length() > 160 ? what.substring(0, 157) + "..." : what);
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
