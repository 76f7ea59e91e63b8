package dev.tlsbench.run;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * How precisely a cell's forks pin its score, for choosing which cells get another fork while a
 * run's budget lasts: the half-width of a 95% Student-t interval over the fork means, relative to
 * their mean. Forks are the unit here, not samples: on a shared host the spread between forks is
 * what a single fork's samples cannot show. The report's own intervals are its statistics'.
 */
final class ForkPrecision {

    /** The confidence of the interval. */
    static final double CONFIDENCE = 0.95;
    /** Above this relative half-width a cell is imprecise and gets another fork while the budget lasts. */
    static final double PRECISE_ENOUGH = 0.05;

    private ForkPrecision() {
    }

    /** The relative half-width over these fork means; infinite below two forks (one fork says nothing of forks). */
    static double relativeHalfWidth(List<Double> forkMeans) {
        if (forkMeans.size() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        SummaryStatistics s = new SummaryStatistics();
        forkMeans.forEach(s::addValue);
        double t = new TDistribution(s.getN() - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double mean = Math.abs(s.getMean());
        return mean == 0 ? Double.POSITIVE_INFINITY : t * s.getStandardDeviation() / Math.sqrt(s.getN()) / mean;
    }

    static boolean imprecise(List<Double> forkMeans) {
        return relativeHalfWidth(forkMeans) > PRECISE_ENOUGH;
    }
}
