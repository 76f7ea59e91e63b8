package dev.tlsbench.report.analysis;

import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Evidence;

/**
 * A ratio of two scores (other / base: above 1 is faster) with its interval, propagated from both
 * scores' 99.9% intervals on the log scale (delta method): with h = half-width / score of each,
 * the ratio's interval is r x exp(+-sqrt(h_base^2 + h_other^2)). Without an error estimate on
 * either side there is no interval (NaN ends), and the ratio is not called a difference.
 */
public record Ratio(double value, double lo, double hi) {

    static Ratio of(Evidence base, Evidence other) {
        double r = other.score() / base.score();
        double h = Math.hypot(base.relativeError(), other.relativeError());
        if (Double.isNaN(h)) {
            return new Ratio(r, Double.NaN, Double.NaN);
        }
        return new Ratio(r, r * Math.exp(-h), r * Math.exp(h));
    }

    boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /** True when the interval excludes 1: a difference beyond the measurement's noise. */
    public boolean significant() {
        return hasInterval() && (lo > 1 || hi < 1);
    }

    /** "1.85x [1.62–2.11]", or "1.85x (no interval)". */
    public String text() {
        return Num.ratio(value) + " " + interval();
    }

    /** "[1.62–2.11]", or "(no interval)". */
    public String interval() {
        return hasInterval() ? "[" + Num.ratio(lo).replace("x", "") + "–" + Num.ratio(hi).replace("x", "") + "]" : "(no interval)";
    }
}
