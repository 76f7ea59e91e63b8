package dev.tlsbench.bench;

import java.util.SplittableRandom;

/** Seeded, reproducible inputs: the same bytes on every run, never all zeros. */
public final class Payloads {

    private Payloads() {
    }

    public static byte[] bytes(int length, long seed) {
        byte[] b = new byte[length];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < length; i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }
}
