package dev.tlsbench.report.input;

import dev.tlsbench.stats.Steadiness;
import java.util.List;

/**
 * What stands behind one measured score: its interval, how the interval was made, the number of
 * samples and forks, and whether the samples show a steady state ({@link Steadiness}, the suite's
 * one judgement of it). A number is published as a finding only with at least three samples, an
 * error estimate and a steady state; otherwise the report marks it and says why.
 *
 * @param lo the interval's lower end (may be below zero: JMH's interval is symmetric)
 */
public record Evidence(double score, double lo, double hi, ErrorKind errorKind, int samples, int forks, Steadiness steadiness,
                List<List<Double>> raw) {

    /** Fewer samples than this give no finding. */
    static final int MIN_SAMPLES = 3;

    /** How an error bar was made; charts and tables say which. */
    public enum ErrorKind {
        CI_999("99.9% confidence interval (JMH score error)"),
        MIN_MAX("min-max of the samples (JMH gave no error)"),
        NONE("no error estimate");

        private final String description;

        ErrorKind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    static Evidence of(JmhResult r) {
        List<Double> all = r.rawData().stream().flatMap(List::stream).toList();
        ErrorKind kind;
        double lo;
        double hi;
        if (Double.isFinite(r.error()) && all.size() >= 2) {
            kind = ErrorKind.CI_999;
            lo = r.score() - r.error();
            hi = r.score() + r.error();
        } else if (all.size() >= 2) {
            kind = ErrorKind.MIN_MAX;
            lo = all.stream().mapToDouble(Double::doubleValue).min().orElse(r.score());
            hi = all.stream().mapToDouble(Double::doubleValue).max().orElse(r.score());
        } else {
            kind = ErrorKind.NONE;
            lo = r.score();
            hi = r.score();
        }
        return new Evidence(r.score(), lo, hi, kind, all.size(), r.rawData().size(), Steadiness.of(r.rawData()), r.rawData());
    }

    public boolean steady() {
        return steadiness.steady();
    }

    /** Relative half-width of the interval (0 without one): what ratio intervals are propagated from. */
    public double relativeError() {
        return errorKind == ErrorKind.NONE ? Double.NaN : (hi - lo) / 2 / score;
    }

    /** Why this score is not a finding, or "" when it is one. */
    public String weakness() {
        if (samples < MIN_SAMPLES) {
            return samples + " sample" + (samples == 1 ? "" : "s") + " (at least " + MIN_SAMPLES + " needed)";
        }
        if (errorKind == ErrorKind.NONE) {
            return "no error estimate";
        }
        return steady() ? "" : "not steady: " + steadiness.reason();
    }
}
