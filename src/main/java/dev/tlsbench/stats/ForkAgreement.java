package dev.tlsbench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.OneWayAnova;

/**
 * Whether a cell's forks measured the same thing. Forks disagree when their means differ by more
 * than {@link ForkShape#MIN_EFFECT} of the score AND a one-way ANOVA of the iterations by fork gives
 * p below {@link #ALPHA} (the difference is beyond the iterations' noise). Disagreeing forks of a
 * cell with at least three forks are BIMODAL when their means fall into two clusters (the best split
 * of the sorted means into two runs) whose gap is more than twice the spread inside either cluster:
 * a JIT that settles on one of two speeds per JVM (BouncyCastle's AES-GCM does). The report then
 * shows both modes and their fork counts; it never averages them silently.
 *
 * @param means the fork means, in fork order
 * @param modes for BIMODAL, the two modes' means (low, high) and {@code counts} their forks
 */
public record ForkAgreement(Kind kind, List<Double> means, double spread, List<Double> modes, List<Integer> counts) {

    public enum Kind { ONE_FORK, AGREE, DISAGREE, BIMODAL, NOT_JUDGED }

    static final double ALPHA = 0.01;

    public static ForkAgreement of(List<List<Double>> rawData) {
        double[][] forks = Resampler.arrays(rawData);
        List<Double> means = Arrays.stream(forks).map(Resampler::mean).toList();
        if (forks.length < 2) {
            return new ForkAgreement(Kind.ONE_FORK, means, 0, List.of(), List.of());
        }
        double all = Resampler.meanOfMeans(forks);
        double lo = means.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = means.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double spread = all == 0 ? 0 : (hi - lo) / all;
        if (Arrays.stream(forks).anyMatch(f -> f.length < 2)) {
            return new ForkAgreement(Kind.NOT_JUDGED, means, spread, List.of(), List.of());
        }
        if (spread <= ForkShape.MIN_EFFECT || pValue(forks) >= ALPHA) {
            return new ForkAgreement(Kind.AGREE, means, spread, List.of(), List.of());
        }
        if (forks.length >= 3) {
            double[] sorted = means.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int cut = bestSplit(sorted);
            double[] low = Arrays.copyOfRange(sorted, 0, cut);
            double[] high = Arrays.copyOfRange(sorted, cut, sorted.length);
            double gap = high[0] - low[low.length - 1];
            double inside = Math.max(low[low.length - 1] - low[0], high[high.length - 1] - high[0]);
            if (gap > 2 * inside) {
                return new ForkAgreement(Kind.BIMODAL, means, spread, List.of(Resampler.mean(low), Resampler.mean(high)),
                        List.of(low.length, high.length));
            }
        }
        return new ForkAgreement(Kind.DISAGREE, means, spread, List.of(), List.of());
    }

    private static double pValue(double[][] forks) {
        List<double[]> groups = new ArrayList<>(Arrays.asList(forks));
        boolean constant = groups.stream().allMatch(g -> Arrays.stream(g).allMatch(x -> x == g[0]));
        return constant ? 0 : new OneWayAnova().anovaPValue(groups);
    }

    /** The cut of sorted values into two non-empty runs with the least within-run sum of squares. */
    private static int bestSplit(double[] sorted) {
        int best = 1;
        double bestSs = Double.POSITIVE_INFINITY;
        for (int k = 1; k < sorted.length; k++) {
            double ss = ss(Arrays.copyOfRange(sorted, 0, k)) + ss(Arrays.copyOfRange(sorted, k, sorted.length));
            if (ss < bestSs) {
                bestSs = ss;
                best = k;
            }
        }
        return best;
    }

    private static double ss(double[] v) {
        double m = Resampler.mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum();
    }

    /** True unless the forks are known to disagree. */
    public boolean agree() {
        return kind != Kind.DISAGREE && kind != Kind.BIMODAL;
    }

    /** For people: "one fork", "forks agree", "forks disagree: fork means 1.00e4, 7 700 (27% apart)", "bimodal: ...". */
    public String text() {
        return switch (kind) {
            case ONE_FORK -> "one fork: fork-to-fork variance unknown";
            case NOT_JUDGED -> "not judged (a fork has fewer than 2 samples)";
            case AGREE -> "forks agree";
            case DISAGREE -> String.format(Locale.ROOT, "forks disagree: fork means %s (%.0f%% apart)", list(means), 100 * spread);
            case BIMODAL -> String.format(Locale.ROOT, "bimodal: %d fork%s at %s, %d fork%s at %s (%.0f%% apart)", counts.get(0),
                    counts.get(0) == 1 ? "" : "s", num(modes.get(0)), counts.get(1), counts.get(1) == 1 ? "" : "s", num(modes.get(1)),
                    100 * (modes.get(1) - modes.get(0)) / modes.get(0));
        };
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(ForkAgreement::num).toList());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%,.4g", v);
    }
}
