package dev.tlsbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic cells whose fork levels are known: what the statistics' tests measure against. */
final class SyntheticForks {

    private SyntheticForks() {
    }

    /** One fork per level, each of {@code iterations} samples scattered by {@code noise} (relative, Gaussian, seeded). */
    static List<List<Double>> at(long seed, double noise, int iterations, double... levels) {
        Random r = new Random(seed);
        List<List<Double>> out = new ArrayList<>();
        for (double l : levels) {
            List<Double> f = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                f.add(l * (1 + noise * r.nextGaussian()));
            }
            out.add(f);
        }
        return out;
    }
}
