package dev.tlsbench.run;

import dev.tlsbench.stats.CellInterval;
import dev.tlsbench.stats.RatioInterval;
import dev.tlsbench.stats.Steadiness;
import java.util.List;
import java.util.Locale;

/**
 * The calibration's pass rule for one cell measured under quick and under the full policy, on the
 * suite's statistics kernel (95% intervals: {@link CellInterval}'s hierarchical bootstrap, and
 * {@link RatioInterval}'s, paired when the two sides' forks ran interleaved), each side on its forks'
 * steady windows as the report takes them ({@link Steadiness#estimate()}). A cell passes only when
 * <ol type="a">
 * <li>the full policy's score lies inside the quick interval: quick's interval is honest about where
 *     the full policy's number is (a point estimate can be close by luck with an interval that
 *     misses, or an interval can be narrow around the wrong level), and
 * <li>the quick/full ratio's interval lies within [1 - {@link #BOUND}, 1 + {@link #BOUND}]: the
 *     evidence, not only the point estimate, says quick is within ±10% of full. A noisy pair whose
 *     ratio is 1.00 but whose interval reaches 0.85 has not shown that.
 * </ol>
 * With one fork on a side the kernel's interval resamples iterations only and knows nothing of
 * fork-to-fork variance; {@link #design()} says so.
 *
 * @param quick the quick side's interval (its mean is quick's score)
 * @param full  the full policy's
 * @param ratio quick / full
 */
record CalibrationCheck(CellInterval quick, CellInterval full, RatioInterval ratio) {

    /** The bound: quick within ±10% of the full policy. */
    static final double BOUND = 0.10;

    /**
     * @param key         the cell (and JVM): seeds the resampling, so the same samples give the same verdict
     * @param interleaved fork i of quick ran next to fork i of full (pairs them in the ratio)
     */
    static CalibrationCheck of(String key, List<List<Double>> quick, List<List<Double>> full, boolean interleaved) {
        // each side as the report takes it: its forks' steady windows, forks that did not settle set aside
        Steadiness sq = Steadiness.of(quick);
        Steadiness sf = Steadiness.of(full);
        List<List<Double>> q = sq.estimate();
        List<List<Double>> f = sf.estimate();
        List<Integer> common = sq.estimateForks().stream().filter(sf.estimateForks()::contains).toList();
        boolean paired = interleaved && common.size() >= 2;
        if (paired) {
            // fork i of quick ran next to fork i of full: pair the kept forks both sides have
            q = sq.estimateOf(common);
            f = sf.estimateOf(common);
        }
        return new CalibrationCheck(CellInterval.of(sq.estimate(), key + " quick"), CellInterval.of(sf.estimate(), key + " full"),
                RatioInterval.of(f, q, paired, key + " quick/full"));
    }

    /** Condition (a): the full policy's score inside the quick interval. */
    boolean fullInQuick() {
        return quick.hasInterval() && full.mean() >= quick.lo() && full.mean() <= quick.hi();
    }

    /** Condition (b): the ratio's interval inside [0.90, 1.10]. */
    boolean ratioWithinBound() {
        return ratio.hasInterval() && ratio.lo() >= 1 - BOUND && ratio.hi() <= 1 + BOUND;
    }

    boolean passed() {
        return fullInQuick() && ratioWithinBound();
    }

    /** "pass" or "FAIL: " and each condition that failed, with its numbers. */
    String verdict() {
        if (passed()) {
            return "pass";
        }
        StringBuilder why = new StringBuilder("FAIL:");
        if (!quick.hasInterval()) {
            why.append(" quick has no interval (fewer than 2 samples)");
        } else if (!fullInQuick()) {
            why.append(String.format(Locale.ROOT, " full %s outside quick's interval [%s, %s]", num(full.mean()), num(quick.lo()),
                    num(quick.hi())));
        }
        if (!ratioWithinBound()) {
            why.append(why.length() > 5 ? ";" : "").append(ratio.hasInterval()
                    ? String.format(Locale.ROOT, " quick/full interval [%.3f, %.3f] not inside [%.2f, %.2f]", ratio.lo(), ratio.hi(),
                            1 - BOUND, 1 + BOUND)
                    : " no ratio interval (fewer than 2 samples on a side)");
        }
        return why.toString();
    }

    /** How the intervals were made: "quick: 95% hierarchical bootstrap, 2 forks × 5 iterations; ratio: paired neighbouring forks". */
    String design() {
        return "quick: " + quick.design() + "; full: " + full.design() + "; ratio: " + ratio.design();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
    }
}
