package dev.tlsbench.report.analysis;

import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.stats.RatioInterval;
import dev.tlsbench.stats.Verdict;

/**
 * A ratio of two cells (other / base: above 1 is faster) with its 95% bootstrap interval from the
 * stats kernel (both cells' forks, then iterations, resampled; see {@link RatioInterval}) and the
 * verdict it supports: winner, tie within 3%, or undecided with the reason. Cells whose forks ran in
 * the same rounds (fork i of each next to the other's, as the default profile runs them) are
 * resampled as pairs of neighbouring forks, so drift of the host cancels in the ratio; other cells
 * (older runs, or forks added to one side only) are resampled independently.
 */
public record Ratio(RatioInterval bootstrap, Verdict verdict) {

    static Ratio of(Evidence base, Evidence other) {
        return of(base, "base", other, "other");
    }

    /** The ratio other / base; the names are what an undecided verdict calls the sides ("JDK has one fork"). */
    public static Ratio of(Evidence base, String baseName, Evidence other, String otherName) {
        return of(Verdict.compare(baseName, base.raw(), base.rounds(), otherName, other.raw(), other.rounds()));
    }

    /**
     * The same between two runs (JDK 25 vs JDK 17, machine B vs A): their forks share round numbers
     * but ran minutes or machines apart, so they are never paired.
     */
    public static Ratio betweenRuns(Evidence base, String baseName, Evidence other, String otherName) {
        return of(Verdict.compare(baseName, base.raw(), java.util.List.of(), otherName, other.raw(), java.util.List.of()));
    }

    private static Ratio of(Verdict v) {
        return new Ratio(v.ratio(), v);
    }

    public double value() {
        return bootstrap.value();
    }

    public double lo() {
        return bootstrap.lo();
    }

    public double hi() {
        return bootstrap.hi();
    }

    boolean hasInterval() {
        return bootstrap.hasInterval();
    }

    /** True when the verdict names a winner: a decided difference. */
    public boolean significant() {
        return verdict.kind() == Verdict.Kind.WINNER;
    }

    /** "1.85x [1.62–2.11]", or "1.85x (no interval)". */
    public String text() {
        return Num.ratio(value()) + " " + interval();
    }

    /** "[1.62–2.11]", or "(no interval)". */
    public String interval() {
        return hasInterval() ? "[" + Num.ratio(lo()).replace("x", "") + "–" + Num.ratio(hi()).replace("x", "") + "]" : "(no interval)";
    }

    /** "winner", "tie" or "undecided". */
    public String verdictWord() {
        return verdict.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
