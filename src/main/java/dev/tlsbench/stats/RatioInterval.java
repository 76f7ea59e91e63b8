package dev.tlsbench.stats;

import java.util.List;

/**
 * The ratio other / base of two cells' hierarchical means with its bootstrap interval (Kalibera and
 * Jones, ISMM 2013: ratio intervals by bootstrap, not by combining two intervals). When both cells
 * have the same number of forks and were run interleaved (fork i of one next to fork i of the
 * other), pairs of neighbouring forks are resampled together, so drift of the host that moves both
 * forks of a pair cancels in the ratio; otherwise each cell is resampled on its own. The interval is
 * widened to the fork-level t interval where that is wider ({@link ForkLevelT}: over the pairs' log
 * ratios, or Welch's over the log fork means), so few forks give an honest, wide interval.
 *
 * @param value the ratio of the two means (above 1: other is faster)
 * @param lo    NaN when either cell has fewer than two samples
 * @param paired true when neighbouring forks were resampled as pairs
 * @param tWidened true when the fork-level t interval was wider than the bootstrap's and was used
 */
public record RatioInterval(double value, double lo, double hi, double level, boolean paired, boolean tWidened) {

    public static RatioInterval of(List<List<Double>> base, List<List<Double>> other, boolean interleaved, String key) {
        return of(base, other, interleaved, key, CellInterval.LEVEL);
    }

    public static RatioInterval of(List<List<Double>> base, List<List<Double>> other, boolean interleaved, String key, double level) {
        double[][] a = Resampler.arrays(base);
        double[][] b = Resampler.arrays(other);
        double value = Resampler.meanOfMeans(b) / Resampler.meanOfMeans(a);
        boolean paired = interleaved && a.length == b.length && a.length >= 2;
        if (samples(a) < 2 || samples(b) < 2) {
            return new RatioInterval(value, Double.NaN, Double.NaN, level, paired, false);
        }
        Resampler r = new Resampler(key);
        double[] stats = new double[Resampler.RESAMPLES];
        for (int i = 0; i < stats.length; i++) {
            int[] pairs = paired ? r.forks(a.length) : null;
            double ma = r.mean(a, pairs);
            stats[i] = r.mean(b, pairs) / ma;
        }
        double[] ends = Resampler.percentiles(stats, level);
        double[] t = ForkLevelT.ratio(a, b, paired, level);
        boolean widened = t != null && (t[0] < ends[0] || t[1] > ends[1]);
        return new RatioInterval(value, widened ? Math.min(t[0], ends[0]) : ends[0], widened ? Math.max(t[1], ends[1]) : ends[1], level,
                paired, widened);
    }

    private static int samples(double[][] forks) {
        int n = 0;
        for (double[] f : forks) {
            n += f.length;
        }
        return n;
    }

    public boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /** How the interval was made, for captions: "paired neighbouring forks" or "cells resampled independently". */
    public String design() {
        return (paired ? "paired neighbouring forks" : "cells resampled independently")
                + (tWidened ? ", widened to the fork-level t interval" : "");
    }
}
