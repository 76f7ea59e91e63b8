package dev.tlsbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The shape of one fork's measured iterations, in the spirit of Barrett et al. (OOPSLA 2017):
 * changepoints split the fork into segments of one level each, and the fork is
 * <ul>
 * <li>FLAT: no changepoint and no trend;
 * <li>WARMUP: the last segment is the fastest: it was still speeding up while measured;
 * <li>SLOWDOWN: an earlier segment was faster than the last;
 * <li>NO_STEADY_STATE: the last segment itself still trends (a ramp, not a step);
 * <li>TOO_SHORT: fewer than {@link #MIN_SAMPLES} iterations to look for changepoints in; only a
 *     trend between the first and last third that is beyond the noise is found then (NO_STEADY_STATE).
 * </ul>
 * Scores are rates (higher is faster). Changepoints come from binary segmentation: among the splits
 * of a segment (at least two samples each side) whose sides differ by more than {@link #MIN_EFFECT}
 * of the fork's mean, the one leaving the least squared error is a changepoint when Welch's t-test
 * of its two sides gives p below {@link #ALPHA}; both sides are then split again. (Testing the
 * best split at 5% overstates significance a little; the 5% minimum effect keeps noise out.) A trend is a least-squares slope whose p-value is below ALPHA and whose change over the
 * segment exceeds MIN_EFFECT. With 5 samples only large steps can be seen: a t-test on 2 + 3
 * samples has little power; more iterations per fork find smaller ones.
 *
 * @param segments the mean of each segment, first to last
 */
public record ForkShape(Kind kind, List<Double> segments, String reason) {

    public enum Kind { FLAT, WARMUP, SLOWDOWN, NO_STEADY_STATE, TOO_SHORT }

    /** Fewer samples than this cannot show a changepoint with two samples on each side and room for a trend. */
    public static final int MIN_SAMPLES = 5;
    /** A level change or trend below 5% of the score is not a finding, whatever the noise. */
    public static final double MIN_EFFECT = 0.05;
    static final double ALPHA = 0.05;

    private static final int MIN_SEGMENT = 2;
    private static final double SIGMAS = 3;

    public static ForkShape of(List<Double> samples) {
        double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = Resampler.mean(s);
        if (s.length < MIN_SAMPLES) {
            return shortFork(s, mean);
        }
        List<Integer> cuts = cuts(s, mean);
        List<Double> levels = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            levels.add(Resampler.mean(java.util.Arrays.copyOfRange(s, from, cut)));
            from = cut;
        }
        double[] last = java.util.Arrays.copyOfRange(s, from, s.length);
        levels.add(Resampler.mean(last));
        double trend = trend(last, mean);
        if (!Double.isNaN(trend)) {
            return new ForkShape(Kind.NO_STEADY_STATE, levels, String.format(Locale.ROOT,
                    "still %s over its last %d samples (%+.1f%%)", trend > 0 ? "climbing" : "falling", last.length, 100 * trend));
        }
        if (levels.size() == 1) {
            return new ForkShape(Kind.FLAT, levels, "");
        }
        double lastLevel = levels.get(levels.size() - 1);
        double bestEarlier = levels.subList(0, levels.size() - 1).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        String steps = levels.stream().map(v -> String.format(Locale.ROOT, "%,.4g", v)).reduce((x, y) -> x + " → " + y).orElse("");
        return bestEarlier < lastLevel
                ? new ForkShape(Kind.WARMUP, levels, "still warming up while measured: levels " + steps)
                : new ForkShape(Kind.SLOWDOWN, levels, "slowed down while measured: levels " + steps);
    }

    /** The changepoints of s, in order. */
    private static List<Integer> cuts(double[] s, double mean) {
        List<Integer> cuts = new ArrayList<>();
        split(s, 0, s.length, Math.abs(mean) * MIN_EFFECT, cuts);
        cuts.sort(null);
        return cuts;
    }

    /** Where the last segment of these samples begins: after their last changepoint, 0 without one or below MIN_SAMPLES. */
    public static int lastSegmentStart(List<Double> samples) {
        if (samples.size() < MIN_SAMPLES) {
            return 0;
        }
        double[] s = samples.stream().mapToDouble(Double::doubleValue).toArray();
        List<Integer> cuts = cuts(s, Resampler.mean(s));
        return cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1);
    }

    /** Binary segmentation of s[from, to): adds the changepoints found to {@code cuts}. */
    private static void split(double[] s, int from, int to, double minEffect, List<Integer> cuts) {
        int n = to - from;
        if (n < 2 * MIN_SEGMENT) {
            return;
        }
        int best = -1;
        double bestSs = Double.POSITIVE_INFINITY;
        for (int k = from + MIN_SEGMENT; k <= to - MIN_SEGMENT; k++) {
            double[] left = java.util.Arrays.copyOfRange(s, from, k);
            double[] right = java.util.Arrays.copyOfRange(s, k, to);
            double ss = ss(left) + ss(right);
            if (Math.abs(Resampler.mean(right) - Resampler.mean(left)) > minEffect && ss < bestSs) {
                bestSs = ss;
                best = k;
            }
        }
        if (best >= 0 && welchP(java.util.Arrays.copyOfRange(s, from, best), java.util.Arrays.copyOfRange(s, best, to)) < ALPHA) {
            cuts.add(best);
            split(s, from, best, minEffect, cuts);
            split(s, best, to, minEffect, cuts);
        }
    }

    private static double ss(double[] v) {
        double m = Resampler.mean(v);
        double sum = 0;
        for (double x : v) {
            sum += (x - m) * (x - m);
        }
        return sum;
    }

    /** Welch's two-sided p-value; two constant samples at different levels are a certain change. */
    static double welchP(double[] a, double[] b) {
        Variance v = new Variance();
        if (v.evaluate(a) == 0 && v.evaluate(b) == 0) {
            return Resampler.mean(a) == Resampler.mean(b) ? 1 : 0;
        }
        return new TTest().tTest(a, b);
    }

    /** The relative change over the samples of a significant linear trend, or NaN when there is none. */
    private static double trend(double[] s, double mean) {
        if (s.length < 3) {
            return Double.NaN;
        }
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < s.length; i++) {
            r.addData(i, s[i]);
        }
        double change = r.getSlope() * (s.length - 1) / mean;
        double p = r.getSumSquaredErrors() == 0 ? (r.getSlope() == 0 ? 1 : 0) : r.getSignificance();
        return p < ALPHA && Math.abs(change) > MIN_EFFECT ? change : Double.NaN;
    }

    /**
     * A fork too short for changepoints: only a difference between its first and last third that is
     * larger than MIN_EFFECT and than three standard errors counts (noise from successive differences
     * with the drift taken out, so a trend cannot hide behind the variance it causes itself).
     */
    private static ForkShape shortFork(double[] s, double mean) {
        String tooShort = s.length + " sample" + (s.length == 1 ? "" : "s") + ": too few to look for changepoints ("
                + MIN_SAMPLES + " needed)";
        if (s.length < 3 || mean == 0) {
            return new ForkShape(Kind.TOO_SHORT, List.of(mean), tooShort);
        }
        int third = Math.max(1, s.length / 3);
        double first = Resampler.mean(java.util.Arrays.copyOfRange(s, 0, third));
        double last = Resampler.mean(java.util.Arrays.copyOfRange(s, s.length - third, s.length));
        double change = (last - first) / mean;
        if (Math.abs(change) > MIN_EFFECT && Math.abs(last - first) > SIGMAS * noise(s) * Math.sqrt(2.0 / third)) {
            return new ForkShape(Kind.NO_STEADY_STATE, List.of(first, last), String.format(Locale.ROOT,
                    "samples still trend: %+.1f%% from the first third to the last third", 100 * change));
        }
        return new ForkShape(Kind.TOO_SHORT, List.of(mean), tooShort);
    }

    /**
     * The noise of one sample: the spread of successive differences around their mean (a linear
     * drift moves every difference by the same amount), sqrt(sum (d[i] - mean d)^2 / (2 (n - 2))).
     */
    static double noise(double[] s) {
        if (s.length < 3) {
            return 0;
        }
        double[] d = new double[s.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = s[i + 1] - s[i];
        }
        double drift = Resampler.mean(d);
        double sum = 0;
        for (double x : d) {
            sum += (x - drift) * (x - drift);
        }
        return Math.sqrt(sum / (2.0 * (d.length - 1)));
    }

    /** True when this fork's samples can be averaged as one level: flat, or too short to tell otherwise. */
    public boolean steady() {
        return kind == Kind.FLAT || kind == Kind.TOO_SHORT;
    }

    /** "flat", "warmup", "slowdown", "no steady state", "too short". */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
