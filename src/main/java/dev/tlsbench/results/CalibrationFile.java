package dev.tlsbench.results;

import dev.tlsbench.bench.CellState;
import java.util.List;

/**
 * calibration.json of scripts/calibrate: per sampled cell, its score under the quick profile's timing
 * and under the full policy, back to back, and whether quick is faithful to full.
 */
public record CalibrationFile(int schema, List<Entry> cells) {

    /**
     * One cell measured twice.
     *
     * @param ratio      quick/full, null unless both were measured; {@code ratioError} its propagated error
     * @param faithful   quick within the tolerance of full
     */
    public record Entry(String jvm, String family, String cell, String quickTiming, String fullTiming, Measurement quick,
                        Measurement full, Double ratio, Double ratioError, boolean faithful) {
    }

    /**
     * One of the two runs: its state and reason and, when measured, score, JMH's 99.9% error, whether
     * the samples were steady (and why not), and the samples of each fork.
     */
    public record Measurement(CellState state, String reason, Double score, Double error, Boolean steady, String steadiness,
                              List<List<Double>> rawData) {
    }
}
