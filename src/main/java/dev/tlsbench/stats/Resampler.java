package dev.tlsbench.stats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The two-level resampling both intervals share: draw forks with replacement, then iterations with
 * replacement within each drawn fork, and take the mean of the fork means (each fork weighs the
 * same, whatever its number of iterations). The generator is seeded from a key (the cell's name),
 * so the same samples always give the same interval.
 */
final class Resampler {

    /** Enough for stable 2.5% / 97.5% percentiles, and fast over ~500 cells per report. */
    static final int RESAMPLES = 2000;

    private final RandomGenerator random;

    Resampler(String key) {
        this.random = new Well19937c(seed(key));
    }

    /** A stable 64-bit seed from a string (FNV-1a over its UTF-8 bytes; String.hashCode is too narrow). */
    static long seed(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** One resampled mean of fork means; {@code forkIndex} chooses the forks (null: draw them here). */
    double mean(double[][] forks, int[] forkIndex) {
        double sum = 0;
        for (int f = 0; f < forks.length; f++) {
            double[] fork = forks[forkIndex == null ? random.nextInt(forks.length) : forkIndex[f]];
            double s = 0;
            for (int i = 0; i < fork.length; i++) {
                s += fork[random.nextInt(fork.length)];
            }
            sum += s / fork.length;
        }
        return sum / forks.length;
    }

    /** Fork indices drawn with replacement, to use for two cells at once (paired forks). */
    int[] forks(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }

    /** The percentile interval [(1 - level) / 2, (1 + level) / 2] of the resampled statistics. */
    static double[] percentiles(double[] stats, double level) {
        Percentile p = new Percentile();
        p.setData(stats);
        return new double[] {p.evaluate(100 * (1 - level) / 2), p.evaluate(100 * (1 + level) / 2)};
    }

    /** rawData as arrays, forks without samples left out. */
    static double[][] arrays(List<List<Double>> forks) {
        return forks.stream().filter(f -> !f.isEmpty()).map(f -> f.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }

    static double meanOfMeans(double[][] forks) {
        double sum = 0;
        for (double[] f : forks) {
            sum += mean(f);
        }
        return forks.length == 0 ? Double.NaN : sum / forks.length;
    }

    static double mean(double[] s) {
        double sum = 0;
        for (double x : s) {
            sum += x;
        }
        return s.length == 0 ? Double.NaN : sum / s.length;
    }
}
