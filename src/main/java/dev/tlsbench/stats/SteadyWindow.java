package dev.tlsbench.stats;

import java.util.List;
import java.util.Locale;

/**
 * Where one fork settled: its last segment after changepoints, or the longest run of that segment's
 * final samples, at least {@link #MIN_WINDOW} of them, that shows neither a level change nor a trend
 * ({@link ForkShape} finds it FLAT), without a stray first sample. The suite warms a
 * cell briefly and then measures in short samples from which the steady state is detected, instead
 * of assuming that a fixed warmup reached it (Barrett et al., OOPSLA 2017: the steady state of a fork
 * is its last segment after changepoints; a fork without one has none). The samples before the window
 * are the rest of the fork's warmup, and {@link #from} says how many there were.
 * <p>
 * A fork with fewer than {@link ForkShape#MIN_SAMPLES} samples (older runs, the smoke profile) cannot
 * be searched: it is taken whole unless a trend shows between its thirds, as before. A fork that has
 * no such window (still climbing at its end, a step within its last five samples, a ramp) has not
 * settled: its mean is not a level it would stay at, and the cell's estimate sets it aside.
 *
 * @param from    the index of the window's first sample (0 when the whole fork is the window)
 * @param samples the window's samples; the whole fork when it did not settle
 * @param settled whether the fork settled (the window is its steady state)
 * @param shape   the whole fork's shape, for the reason a fork did not settle or what it did before it settled
 */
public record SteadyWindow(int from, List<Double> samples, boolean settled, ForkShape shape) {

    /** The fewest final samples that make a steady window: as many as a changepoint search needs. */
    public static final int MIN_WINDOW = ForkShape.MIN_SAMPLES;

    public SteadyWindow {
        samples = List.copyOf(samples);
    }

    public static SteadyWindow of(List<Double> fork) {
        ForkShape whole = ForkShape.of(fork);
        if (fork.size() < ForkShape.MIN_SAMPLES) {
            return new SteadyWindow(0, fork, whole.steady(), whole);
        }
        if (whole.kind() == ForkShape.Kind.FLAT) {
            int start = strayStart(fork);
            return new SteadyWindow(start, fork.subList(start, fork.size()), true, whole);
        }
        // the last segment after the fork's changepoints, or a later start where that segment still trends
        for (int from = Math.max(1, ForkShape.lastSegmentStart(fork)); from <= fork.size() - MIN_WINDOW; from++) {
            List<Double> tail = fork.subList(from, fork.size());
            if (ForkShape.of(tail).kind() == ForkShape.Kind.FLAT) {
                int start = from + strayStart(tail);
                return new SteadyWindow(start, fork.subList(start, fork.size()), true, whole);
            }
        }
        return new SteadyWindow(0, fork, false, whole);
    }

    /**
     * Leading samples of a flat window that are still warmup: a changepoint needs two samples on each
     * side, so a single slow (or fast) first sample can hide in a window. One is dropped while it lies
     * more than {@link ForkShape#MIN_EFFECT} and three noise deviations from the rest, and at least
     * MIN_WINDOW samples stay.
     */
    private static int strayStart(List<Double> window) {
        int skip = 0;
        while (window.size() - skip > MIN_WINDOW) {
            double[] rest = window.subList(skip + 1, window.size()).stream().mapToDouble(Double::doubleValue).toArray();
            double mean = Resampler.mean(rest);
            double off = Math.abs(window.get(skip) - mean);
            if (off <= ForkShape.MIN_EFFECT * Math.abs(mean) || off <= 3 * ForkShape.noise(rest)) {
                break;
            }
            skip++;
        }
        return skip;
    }

    /** True when the fork settled only after some of its measured samples: they were warmup too. */
    public boolean trimmed() {
        return settled && from > 0;
    }

    /**
     * For people: "" for a fork flat throughout; "settled after 6 of 20 samples (levels 740 → 1,100)"
     * for a trimmed one; why it did not settle otherwise.
     */
    public String text() {
        if (!settled) {
            return "did not settle: " + (shape.steady() ? "no flat run of its last " + MIN_WINDOW + " samples" : shape.reason());
        }
        if (from == 0) {
            return "";
        }
        int n = from + samples.size();
        return String.format(Locale.ROOT, "settled after %d of %d samples%s", from, n,
                shape.segments().size() > 1 ? " (levels " + levels() + ")" : "");
    }

    private String levels() {
        return shape.segments().stream().map(v -> String.format(Locale.ROOT, "%,.4g", v)).reduce((a, b) -> a + " → " + b).orElse("");
    }
}
