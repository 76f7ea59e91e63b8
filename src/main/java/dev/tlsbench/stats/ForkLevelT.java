package dev.tlsbench.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Student-t intervals at the fork level, the floor under the bootstrap's width when forks are few.
 * A percentile bootstrap over n forks can only draw what those n forks show: with 2 forks its
 * fork level has three outcomes, its interval is about [lowest fork mean, highest fork mean], and
 * it understates the fork-to-fork variance by (n - 1) / n; when the forks disagree by chance that
 * interval holds the true mean far less often than 95%. A t interval over the fork means (df = n - 1)
 * (on the log scale, as rates scatter) is honest at any n (t = 12.7 at 2 forks, 4.3 at 3, 2.8 at 5), so the suite reports the hull of the
 * two: the bootstrap where forks are many, the t interval where they are few.
 */
final class ForkLevelT {

    private ForkLevelT() {
    }

    /**
     * The t interval of a cell's mean of fork means, or null with fewer than two forks; on the log
     * scale (over the log fork means), as rates are: its ends are positive and it widens upwards,
     * where a symmetric interval around a rate of two scattered forks would reach below zero.
     */
    static double[] cell(double[][] forks, double level) {
        if (forks.length < 2) {
            return null;
        }
        double[] logs = logMeans(forks);
        double m = Resampler.mean(logs);
        double half = quantile(forks.length - 1, level) * sd(logs) / Math.sqrt(forks.length);
        return new double[] {Math.exp(m - half), Math.exp(m + half)};
    }

    /**
     * The t interval of the ratio other / base on the log scale, or null with fewer than two forks on
     * a side. Paired (forks run side by side, the same count): over the per-pair log ratios, df = n - 1,
     * so drift of the host that moves both forks of a pair cancels. Unpaired: Welch's interval for the
     * difference of the mean log fork means, with the Welch-Satterthwaite degrees of freedom.
     */
    static double[] ratio(double[][] base, double[][] other, boolean paired, double level) {
        if (base.length < 2 || other.length < 2) {
            return null;
        }
        double[] la = logMeans(base);
        double[] lb = logMeans(other);
        if (paired && la.length == lb.length) {
            double[] d = new double[la.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = lb[i] - la[i];
            }
            double half = quantile(d.length - 1, level) * sd(d) / Math.sqrt(d.length);
            double m = Resampler.mean(d);
            return new double[] {Math.exp(m - half), Math.exp(m + half)};
        }
        double va = variance(la) / la.length;
        double vb = variance(lb) / lb.length;
        double se = Math.sqrt(va + vb);
        double m = Resampler.mean(lb) - Resampler.mean(la);
        if (se == 0) {
            return new double[] {Math.exp(m), Math.exp(m)};
        }
        double df = (va + vb) * (va + vb) / (va * va / (la.length - 1) + vb * vb / (lb.length - 1));
        double half = quantile(df, level) * se;
        return new double[] {Math.exp(m - half), Math.exp(m + half)};
    }

    private static double quantile(double df, double level) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    private static double[] logMeans(double[][] forks) {
        double[] l = new double[forks.length];
        for (int i = 0; i < forks.length; i++) {
            l[i] = Math.log(Resampler.mean(forks[i]));
        }
        return l;
    }

    /** The sample variance (n - 1), Commons Math's. */
    private static double variance(double[] x) {
        return new Variance().evaluate(x);
    }

    private static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }
}
