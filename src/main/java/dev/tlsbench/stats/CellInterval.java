package dev.tlsbench.stats;

import java.util.List;
import java.util.Locale;

/**
 * One cell's interval by hierarchical bootstrap (Kalibera and Jones, ISMM 2013): forks are resampled
 * with replacement, then iterations within each drawn fork, and the statistic is the mean of the fork
 * means; the interval is the percentile interval at {@code level}, widened to a Student-t interval
 * over the fork means where that is wider ({@link ForkLevelT}: with few forks the bootstrap cannot
 * see the fork-to-fork variance it has not drawn). With one fork only iterations
 * are resampled: the interval then knows nothing of fork-to-fork variance (a JIT that settles on
 * another speed in the next JVM) and {@link #design()} says so.
 *
 * @param mean              the mean of the fork means
 * @param lo                the interval's lower end (NaN without an interval)
 * @param hi                the interval's upper end (NaN without an interval)
 * @param level             the confidence level, e.g. 0.95
 * @param forks             forks with samples
 * @param iterationsPerFork the fewest iterations in a fork (forks normally have the same number)
 * @param tWidened          whether the fork-level t interval was wider than the bootstrap's and was used
 */
public record CellInterval(double mean, double lo, double hi, double level, int forks, int iterationsPerFork, boolean tWidened) {

    public static final double LEVEL = 0.95;

    /** The 95% interval of one cell; {@code key} (the cell's name) seeds the resampling. */
    public static CellInterval of(List<List<Double>> rawData, String key) {
        return of(rawData, key, LEVEL);
    }

    public static CellInterval of(List<List<Double>> rawData, String key, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie in (0, 1), got " + level);
        }
        double[][] forks = Resampler.arrays(rawData);
        int perFork = forks.length == 0 ? 0 : Integer.MAX_VALUE;
        int samples = 0;
        for (double[] f : forks) {
            perFork = Math.min(perFork, f.length);
            samples += f.length;
        }
        double mean = Resampler.meanOfMeans(forks);
        if (samples < 2) {
            return new CellInterval(mean, Double.NaN, Double.NaN, level, forks.length, perFork, false);
        }
        Resampler r = new Resampler(key);
        double[] stats = new double[Resampler.RESAMPLES];
        for (int b = 0; b < stats.length; b++) {
            stats[b] = r.mean(forks, null);
        }
        double[] ends = Resampler.percentiles(stats, level);
        double[] t = ForkLevelT.cell(forks, level);
        boolean widened = t != null && (t[0] < ends[0] || t[1] > ends[1]);
        return new CellInterval(mean, widened ? Math.min(t[0], ends[0]) : ends[0], widened ? Math.max(t[1], ends[1]) : ends[1], level,
                forks.length, perFork, widened);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /** True when fork-to-fork variance is in the interval (at least two forks). */
    public boolean acrossForks() {
        return forks >= 2;
    }

    /** Half the interval's width over the mean: 0.05 is "±5%" (NaN without an interval). */
    public double halfWidth() {
        return (hi - lo) / 2 / mean;
    }

    /** "95% hierarchical bootstrap, 3 forks × 5 iterations" or "95% bootstrap, iterations only (1 fork × 3 iterations)". */
    public String design() {
        String level = String.format(Locale.ROOT, "%.0f%%", 100 * this.level);
        if (!hasInterval()) {
            return "no interval (" + forks + " fork" + (forks == 1 ? "" : "s") + " × " + iterationsPerFork + " iteration"
                    + (iterationsPerFork == 1 ? "" : "s") + ")";
        }
        return acrossForks() ? level + " hierarchical bootstrap, " + forks + " forks × " + iterationsPerFork + " iterations"
                + (tWidened ? ", widened to the fork means' t interval" : "")
                : level + " bootstrap, iterations only (1 fork × " + iterationsPerFork + " iterations: fork-to-fork variance not in it)";
    }
}
