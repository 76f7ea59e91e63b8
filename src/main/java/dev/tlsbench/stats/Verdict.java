package dev.tlsbench.stats;

import java.util.List;
import java.util.Locale;

/**
 * The answer to a comparison of two cells (other / base):
 * <ul>
 * <li>TIE when the ratio's interval lies inside [1/1.03, 1.03]: "equal within 3%" (also when it
 *     excludes 1: a difference under 3% is not one this suite decides on);
 * <li>WINNER when the interval excludes 1: the faster side, its speed-up and the interval;
 * <li>UNDECIDED otherwise, with why and what would decide it.
 * </ul>
 * Never decided when either side has one fork: its interval resamples iterations only and knows
 * nothing of the fork-to-fork variance that a JIT's per-JVM choices cause (Kalibera and Jones, ISMM
 * 2013), so even an interval that excludes 1 may be one JVM's luck. Each side is judged on its
 * steady windows ({@link Steadiness#estimate()}): the samples after each fork settled, forks that did
 * not settle set aside. Never decided when a side has fewer than two settled forks beside one set
 * aside, or no settled fork at all (still warming up, slowing down, or trending: its mean is not the
 * level it would stay at). Forks that settled at different levels do not block it: the interval,
 * widened to the fork-level t interval, carries their spread. The ratio pairs the two sides' kept
 * forks by round when they ran in the same rounds; when a fork set aside on one side leaves its
 * neighbour without a pair, the sides are resampled apart (no kept fork is dropped). What would decide an undecided one is estimated from the
 * current width, assuming it shrinks as 1/sqrt(forks) (the fork level dominates once there are
 * several forks).
 *
 * @param winner 1 when other is faster, -1 when base is, 0 otherwise
 */
public record Verdict(Kind kind, RatioInterval ratio, int winner, String why) {

    public enum Kind { WINNER, TIE, UNDECIDED }

    /** How the reason of a verdict held up by a fork that had not settled says so. */
    private static final String NOT_SETTLED = "'s forks did not settle";
    private static final String NEITHER_SETTLED = "neither side's forks settled";

    /** The tie band: a ratio interval inside [1/1.03, 1.03] is "equal within 3%". */
    public static final double TIE = 1.03;

    /**
     * The verdict of other / base from the two cells' fork samples, as every comparison of the suite
     * makes it (the report's and the runner's choice of forks alike): the ratio's 95% interval, paired
     * when both cells ran fork i in the same round i ({@code rounds} one per fork, empty when a cell's
     * forks did not run in rounds), seeded by the samples themselves so the same cells always give the
     * same interval; each side judged on the steady windows of its settled forks.
     */
    public static Verdict compare(String baseName, List<List<Double>> base, List<Integer> baseRounds,
                                  String otherName, List<List<Double>> other, List<Integer> otherRounds) {
        Steadiness sb = Steadiness.of(base);
        Steadiness so = Steadiness.of(other);
        List<List<Double>> a = sb.estimate();
        List<List<Double>> b = so.estimate();
        List<Integer> ra = rounds(baseRounds, base, sb);
        List<Integer> rb = rounds(otherRounds, other, so);
        // paired when every kept fork of each side has its neighbour from the same round kept on the
        // other: dropping a kept fork to pair the rest would make the ratio disagree with the two
        // cells' published estimates (which rank the fastest), so then the sides are resampled apart
        boolean interleaved = ra != null && rb != null && ra.size() >= 2 && new java.util.HashSet<>(ra).equals(new java.util.HashSet<>(rb))
                && ra.size() == rb.size();
        if (interleaved) {
            a = pick(a, ra, ra);
            b = pick(b, rb, ra);
        }
        RatioInterval r = RatioInterval.of(a, b, interleaved, base + "/" + other);
        return of(r, new Side(baseName, forks(a), sb.setAside(), sb.forksSettled()),
                new Side(otherName, forks(b), so.setAside(), so.forksSettled()));
    }

    /** The round of each kept fork, or null when the cell's forks did not run in rounds. */
    private static List<Integer> rounds(List<Integer> rounds, List<List<Double>> raw, Steadiness s) {
        if (rounds.isEmpty() || rounds.size() != raw.size()) {
            return null;
        }
        return s.estimateForks().stream().map(rounds::get).toList();
    }

    /** The forks that ran in {@code common}'s rounds, in that order. */
    private static List<List<Double>> pick(List<List<Double>> forks, List<Integer> rounds, List<Integer> common) {
        return common.stream().map(c -> forks.get(rounds.indexOf(c))).toList();
    }

    private static int forks(List<List<Double>> raw) {
        return (int) raw.stream().filter(f -> !f.isEmpty()).count();
    }

    /**
     * @param base     the base side: its forks and whether it is steady
     * @param other    the other side
     */
    public static Verdict of(RatioInterval ratio, Side base, Side other) {
        if ((base.forks() < 2 && base.setAside() > 0) || (other.forks() < 2 && other.setAside() > 0)) {
            boolean both = base.forks() < 2 && base.setAside() > 0 && other.forks() < 2 && other.setAside() > 0;
            String which = both ? NEITHER_SETTLED : (base.forks() < 2 && base.setAside() > 0 ? base : other).name() + NOT_SETTLED;
            return undecided(ratio, which + " (fewer than 2 settled forks; the others set aside); forks long enough to settle would decide it");
        }
        if (base.forks() < 2 || other.forks() < 2) {
            String which = base.forks() < 2 && other.forks() < 2 ? "both sides have" : (base.forks() < 2 ? base : other).name() + " has";
            return undecided(ratio, "one fork (" + which + " one), fork-to-fork variance unknown; run at least 2 forks per side");
        }
        if (!base.steady() || !other.steady()) {
            String which = !base.steady() && !other.steady() ? NEITHER_SETTLED : (!base.steady() ? base : other).name() + NOT_SETTLED;
            return undecided(ratio, which + "; longer forks, in which it can settle, would decide it");
        }
        if (!ratio.hasInterval()) {
            return undecided(ratio, "no interval (fewer than 2 samples on a side)");
        }
        if (ratio.lo() >= 1 / TIE && ratio.hi() <= TIE) {
            return new Verdict(Kind.TIE, ratio, 0, "equal within 3%");
        }
        if (ratio.lo() > 1 || ratio.hi() < 1) {
            return new Verdict(Kind.WINNER, ratio, ratio.lo() > 1 ? 1 : -1, "");
        }
        int forks = Math.min(base.forks(), other.forks());
        return undecided(ratio, String.format(Locale.ROOT, "interval straddles 1 and is wider than the ±3%% tie band; about %d forks "
                + "per side would decide it", forksNeeded(ratio, forks)));
    }

    private static Verdict undecided(RatioInterval ratio, String why) {
        return new Verdict(Kind.UNDECIDED, ratio, 0, why);
    }

    /**
     * Forks per side for an interval narrow enough to decide: the log half-width w must fall below
     * |ln r| (a winner) or below ln 1.03 - |ln r| (a tie), whichever is easier; w ~ 1/sqrt(forks).
     */
    public static int forksNeeded(RatioInterval ratio, int forks) {
        double w = (Math.log(ratio.hi()) - Math.log(ratio.lo())) / 2;
        double d = Math.abs(Math.log(ratio.value()));
        double target = Math.max(d, Math.log(TIE) - d);
        return (int) Math.ceil(forks * (w / target) * (w / target));
    }

    public boolean decided() {
        return kind != Kind.UNDECIDED;
    }

    /**
     * Undecided because a fork of a side had not settled within itself: more forks of the same
     * timing cannot decide it, a longer warmup (or more samples per fork) can.
     */
    public boolean unsettled() {
        return kind == Kind.UNDECIDED && (why.contains(NOT_SETTLED) || why.startsWith(NEITHER_SETTLED));
    }

    /** "winner: 1.85x [1.62–2.11]", "tie: equal within 3%", "undecided: ...". The speed-up is of the faster side over the slower. */
    public String text() {
        return switch (kind) {
            case WINNER -> "winner: " + speedUp();
            case TIE -> "tie: equal within 3% (" + ratioText(ratio.value(), ratio.lo(), ratio.hi()) + ")";
            case UNDECIDED -> "undecided: " + why;
        };
    }

    /** The faster side's speed-up over the slower with its interval: "1.85x [1.62–2.11]". */
    public String speedUp() {
        return winner >= 0 ? ratioText(ratio.value(), ratio.lo(), ratio.hi()) : ratioText(1 / ratio.value(), 1 / ratio.hi(), 1 / ratio.lo());
    }

    private static String ratioText(double v, double lo, double hi) {
        return Double.isNaN(lo) ? String.format(Locale.ROOT, "%.2fx", v)
                : String.format(Locale.ROOT, "%.2fx [%.2f–%.2f]", v, lo, hi);
    }

    /**
     * One side of a comparison as the verdict needs it: the forks its estimate stands on, how many were
     * set aside for not settling, and {@code steady} when the estimate stands on settled forks.
     */
    public record Side(String name, int forks, int setAside, boolean steady) {
    }
}
