package dev.tlsbench.report.input;

import dev.tlsbench.results.HostLoad;
import dev.tlsbench.stats.CellInterval;
import dev.tlsbench.stats.Steadiness;
import java.util.List;
import java.util.Locale;

/**
 * What stands behind one measured score: its 95% hierarchical-bootstrap interval ({@link CellInterval}:
 * forks, then iterations; iterations only with one fork), JMH's own 99.9% error (kept for results.csv),
 * the number of samples and forks, and whether the samples show a steady state ({@link Steadiness},
 * the suite's one judgement of it). Score, interval, samples and forks are those of the steady
 * windows: each fork's samples from where it settled, unsettled forks set aside
 * ({@link Steadiness#notes()} names them); {@code raw} keeps every sample. A number is published as a finding only with at least three
 * samples, an interval and a steady state; otherwise the report marks it and says why. A finding
 * whose interval is wider than ±5% of the score is marked imprecise, with its width.
 *
 * @param jmhError the half-width of JMH's 99.9% interval (NaN when JMH gave none)
 * @param loads    what else the machine did during each fork, in rawData's order (empty where the run
 *                 did not read it)
 */
public record Evidence(double score, CellInterval interval, double jmhError, int samples, int forks, Steadiness steadiness,
                List<List<Double>> raw, List<Integer> rounds, List<HostLoad> loads) {

    /** Fewer samples than this give no finding. */
    static final int MIN_SAMPLES = 3;

    /** An interval wider than ±5% of the score is imprecise: the profiles aim at ±10% and decisions at 3%. */
    public static final double IMPRECISE = 0.05;

    /** How an error bar was made; charts and tables say which. */
    public enum ErrorKind {
        BOOTSTRAP("95% interval, hierarchical bootstrap over forks then iterations"),
        ITERATIONS_ONLY("95% interval, bootstrap over the iterations of one fork (fork-to-fork variance not in it)"),
        NONE("no error estimate");

        private final String description;

        ErrorKind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The evidence of one cell's samples; {@code key} (the cell's name) seeds the bootstrap. */
    public static Evidence of(double score, double jmhError, List<List<Double>> raw, String key) {
        return of(score, jmhError, raw, key, List.of());
    }

    /** The same with the round each fork ran in (rawData's order), empty when the run did not record rounds. */
    public static Evidence of(double score, double jmhError, List<List<Double>> raw, String key, List<Integer> rounds) {
        Steadiness steadiness = Steadiness.of(raw);
        List<List<Double>> estimate = steadiness.estimate();
        int samples = estimate.stream().mapToInt(List::size).sum();
        CellInterval interval = CellInterval.of(estimate, key);
        // JMH's score averages every measured sample; once the warmup still in them is trimmed, an
        // unsettled fork set aside, or forks differ in length (a longer fork would weigh more), the
        // published score is the steady windows' mean of fork means, as the interval's
        boolean unequalForks = estimate.stream().mapToInt(List::size).distinct().count() > 1;
        double published = steadiness.narrowed() || unequalForks ? interval.mean() : score;
        return new Evidence(published, interval, jmhError, samples, estimate.size(), steadiness, raw, List.copyOf(rounds), List.of());
    }

    static Evidence of(JmhResult r, List<Integer> rounds, List<HostLoad> loads) {
        Evidence e = of(r.score(), r.error(), r.rawData(), r.cell().key(), rounds);
        return loads.size() != r.rawData().size() ? e
                : new Evidence(e.score, e.interval, e.jmhError, e.samples, e.forks, e.steadiness, e.raw, e.rounds, List.copyOf(loads));
    }

    /**
     * The forks that ran while other processes kept the machine busy ({@link HostLoad#busy()}), as
     * "fork 1 (other processes 0.62 cores)"; "" when none did or the run did not read it. A fork run
     * beside a build is slower for reasons that have nothing to do with the code it measures.
     */
    public String busyForks() {
        List<String> busy = new java.util.ArrayList<>();
        for (int i = 0; i < loads.size(); i++) {
            if (loads.get(i).busy()) {
                busy.add("fork " + (i + 1) + " (" + loads.get(i).text() + ")");
            }
        }
        return busy.isEmpty() ? "" : "ran on a busy machine: " + String.join(", ", busy);
    }

    /** The busiest fork's load (other processes plus steal, in cores); NaN when the run did not read it. */
    public double maxLoad() {
        return loads.stream().mapToDouble(l -> l.foreignCores() + l.stealCores()).max().orElse(Double.NaN);
    }

    public ErrorKind errorKind() {
        return !interval.hasInterval() ? ErrorKind.NONE : interval.acrossForks() ? ErrorKind.BOOTSTRAP : ErrorKind.ITERATIONS_ONLY;
    }

    /** The interval's lower end (NaN without one). */
    public double lo() {
        return interval.lo();
    }

    public double hi() {
        return interval.hi();
    }

    public boolean steady() {
        return steadiness.steady();
    }

    /** Half the interval's width over the score: 0.12 is ±12% (NaN without an interval). */
    public double halfWidth() {
        return interval.hasInterval() ? (hi() - lo()) / 2 / score : Double.NaN;
    }

    /** True when the interval is wider than ±5% of the score. */
    public boolean imprecise() {
        return halfWidth() > IMPRECISE;
    }

    /** "±12%": the interval's half-width as people read it. */
    public String width() {
        double h = 100 * halfWidth();
        return Double.isNaN(h) ? "" : String.format(Locale.ROOT, h >= 10 ? "±%.0f%%" : "±%.1f%%", h);
    }

    /**
     * Why this score is not a finding, or "" when it is one. An imprecise score's reason ends in its
     * width in parentheses, which a chart's footnote leaves out so that one note serves them all.
     */
    public String weakness() {
        if (samples < MIN_SAMPLES) {
            return samples + " sample" + (samples == 1 ? "" : "s") + " (at least " + MIN_SAMPLES + " needed)";
        }
        if (errorKind() == ErrorKind.NONE) {
            return "no error estimate";
        }
        if (!steady()) {
            return "not steady: " + steadiness.reason();
        }
        return imprecise() ? "imprecise: 95% interval wider than ±5% of the score (" + width() + ")" : "";
    }
}
