package dev.tlsbench.openssl;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean and Student's t confidence interval of a few repeated samples (the native baseline takes
 * three per operation): with n samples the interval is mean ± t(1 - α/2, n - 1) · sd / √n. One sample
 * has a mean but no interval (low and high are NaN).
 *
 * @param confidence the interval's level, e.g. 0.95
 */
public record SampleStats(int n, double mean, double sd, double low, double high, double confidence) {

    /** The level every native interval is drawn at. */
    public static final double CONFIDENCE = 0.95;

    public static SampleStats of(List<Double> samples) {
        return of(samples, CONFIDENCE);
    }

    public static SampleStats of(List<Double> samples, double confidence) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        SummaryStatistics s = new SummaryStatistics();
        samples.forEach(s::addValue);
        double mean = s.getMean();
        if (s.getN() < 2) {
            return new SampleStats(1, mean, Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double t = new TDistribution(s.getN() - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * s.getStandardDeviation() / Math.sqrt(s.getN());
        return new SampleStats((int) s.getN(), mean, s.getStandardDeviation(), mean - half, mean + half, confidence);
    }

    /** Half the interval's width relative to the mean: 0.02 for ±2 %; NaN without an interval. */
    public double relativeHalfWidth() {
        return (high - low) / 2 / mean;
    }
}
