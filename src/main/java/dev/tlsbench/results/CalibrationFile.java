package dev.tlsbench.results;

import dev.tlsbench.bench.CellState;
import java.util.List;

/**
 * calibration.json of scripts/calibrate: which cells were sampled and how (the seed and the part of
 * its rotation), per sampled cell its intervals under the quick profile's timing and under the full
 * policy and the verdict of the pass rule, and per JVM the precision and accuracy over the sample.
 * Written at {@link Schema#CURRENT}; files of schema 5 or older (before the seeded sample and the
 * interval rule; the oldest a bare array of entries) are read through {@link Migration}, with the
 * fields they did not record left null.
 *
 * @param seed       the seed that shuffled the selection (null before schema 6)
 * @param rotation   "K/N": the part of the seed's order this run measured (null before schema 6)
 * @param population the cells the selection had, which the rotation partitions (null before schema 6)
 * @param sample     the sample in words
 * @param level      the intervals' confidence level, e.g. 0.95 (null before schema 6)
 * @param summaries  one per JVM: precision and accuracy over its sampled cells (empty before schema 6)
 */
public record CalibrationFile(int schema, Long seed, String rotation, Integer population, String sample, Double level,
                              List<Summary> summaries, List<Entry> cells) {

    public CalibrationFile {
        summaries = summaries == null ? List.of() : List.copyOf(summaries);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /**
     * One cell measured under both timings.
     *
     * @param ratio            quick/full, null unless both were measured
     * @param ratioLo          the ratio's interval (null without one, and before schema 6)
     * @param ratioDesign      how that interval was made (paired neighbouring forks or not)
     * @param fullInQuick      pass condition (a): the full score inside the quick interval
     * @param ratioWithinBound pass condition (b): the ratio's interval within ±10%
     * @param passed           both; null when the cell was not judged (before schema 6)
     * @param verdict          the verdict in words (before schema 6: the point-estimate rule of its time)
     */
    public record Entry(String jvm, String family, String cell, String quickTiming, String fullTiming, Measurement quick,
                        Measurement full, Double ratio, Double ratioLo, Double ratioHi, String ratioDesign, Boolean fullInQuick,
                        Boolean ratioWithinBound, Boolean passed, String verdict) {
    }

    /**
     * One side: its state and reason and, when measured, the score (the mean of fork means), its
     * interval and how it was made (null before schema 6), whether the samples were steady (and why
     * not), and the samples of each fork.
     */
    public record Measurement(CellState state, String reason, Double score, Double lo, Double hi, String interval, Boolean steady,
                              String steadiness, List<List<Double>> rawData) {
    }

    /**
     * One JVM's sample at a glance.
     *
     * @param sampled        cells of the part
     * @param measured       of those, measured under both timings
     * @param passed         of those, passed
     * @param quickHalfWidth precision: the quick intervals' half-widths over the score (0.05 is ±5%)
     * @param ratio          accuracy: quick/full
     */
    public record Summary(String jvm, int sampled, int measured, int passed, Distribution quickHalfWidth, Distribution ratio) {
    }

    /** A distribution over the measured cells (values null when there are none). */
    public record Distribution(int n, Double min, Double median, Double p90, Double max) {
    }
}
