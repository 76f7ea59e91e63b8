package dev.tlsbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a measured cell's samples show a steady state: within each fork the last third of the
 * iterations does not differ from the first third beyond the noise, and the forks agree with each
 * other. Noise is estimated from successive differences with their mean (the drift) taken out, so
 * a trend cannot hide behind the variance it causes itself. A difference counts only when it is
 * both larger than {@link #LIMIT} of the score and larger than three standard errors.
 *
 * @param trend      the largest relative change from the first to the last third of a fork
 * @param forkSpread the relative difference between the highest and the lowest fork mean
 * @param reason     why the cell is not steady, or "" when it is
 */
public record Steadiness(boolean steady, double trend, double forkSpread, String reason) {

    /** A difference below 5% of the score is not a finding, whatever the noise (the profiles aim at +-10%). */
    public static final double LIMIT = 0.05;

    private static final double SIGMAS = 3;

    /** Judges the raw samples of one cell: one list of iteration scores per fork. */
    public static Steadiness of(List<List<Double>> forks) {
        double worstTrend = 0;
        String reason = "";
        double[] means = new double[forks.size()];
        double[] errors = new double[forks.size()];
        for (int f = 0; f < forks.size(); f++) {
            double[] s = forks.get(f).stream().mapToDouble(Double::doubleValue).toArray();
            means[f] = mean(s, 0, s.length);
            double noise = noise(s);
            errors[f] = noise / Math.sqrt(Math.max(1, s.length));
            if (s.length < 3 || means[f] == 0) {
                continue;
            }
            int third = Math.max(1, s.length / 3);
            double first = mean(s, 0, third);
            double last = mean(s, s.length - third, s.length);
            double change = (last - first) / means[f];
            boolean beyondNoise = Math.abs(last - first) > SIGMAS * noise * Math.sqrt(2.0 / third);
            if (Math.abs(change) > Math.abs(worstTrend)) {
                worstTrend = change;
                if (Math.abs(change) > LIMIT && beyondNoise) {
                    reason = String.format(Locale.ROOT, "samples still trend: %+.1f%% from the first third to the last third%s",
                            100 * change, forks.size() > 1 ? " of fork " + (f + 1) : "");
                }
            }
        }
        double spread = 0;
        if (forks.size() > 1) {
            int lo = 0;
            int hi = 0;
            for (int f = 1; f < means.length; f++) {
                lo = means[f] < means[lo] ? f : lo;
                hi = means[f] > means[hi] ? f : hi;
            }
            double all = mean(means, 0, means.length);
            spread = all == 0 ? 0 : (means[hi] - means[lo]) / all;
            boolean beyondNoise = means[hi] - means[lo] > SIGMAS * Math.hypot(errors[hi], errors[lo]);
            if (spread > LIMIT && beyondNoise) {
                String forksDisagree = String.format(Locale.ROOT, "forks disagree: fork means %s (%.0f%% apart)",
                        list(means), 100 * spread);
                reason = reason.isEmpty() ? forksDisagree : reason + "; " + forksDisagree;
            }
        }
        return new Steadiness(reason.isEmpty(), worstTrend, spread, reason);
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
        double drift = mean(d, 0, d.length);
        double sum = 0;
        for (double x : d) {
            sum += (x - drift) * (x - drift);
        }
        return Math.sqrt(sum / (2.0 * (d.length - 1)));
    }

    private static double mean(double[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i];
        }
        return to > from ? sum / (to - from) : 0;
    }

    private static String list(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(String.format(Locale.ROOT, "%,.4g", v));
        }
        return String.join(", ", out);
    }
}
