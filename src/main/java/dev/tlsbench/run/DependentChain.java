package dev.tlsbench.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A clock measured by counting: a chain of integer operations where each needs the previous one's
 * result ({@code a += b; b ^= a;} over and over), so a core retires one per cycle however wide it
 * is; one-cycle latency for add and xor holds on every x86 since the P6 and K7 (and on current
 * arm64 cores). Operations per second of such a chain is then the core's frequency. The JIT cannot
 * shorten it: add and xor mixed have no algebraic shortcut, a loop-carried scalar chain does not
 * vectorize, and every chunk's result is compared with the first one's (same inputs, same answer),
 * so it is used. The loop counter and branch run beside the chain on other ports.
 */
final class DependentChain {

    /** Chain operations per loop iteration (8 add/xor pairs, unrolled by hand). */
    static final int OPS_PER_ITERATION = 16;

    /** One timed chunk: how many chain operations ran in how many nanoseconds, and their result. */
    record Chunk(long ops, long nanos, long result) {
        double mhz() {
            return ops * 1e3 / nanos;
        }
    }

    /** The warmup's result, kept where the JIT must assume someone reads it. */
    static volatile long warmupResult;

    private DependentChain() {
    }

    /** The chain of {@code iterations * 16} operations from (a, b). */
    static long run(long a, long b, long iterations) {
        for (long i = 0; i < iterations; i++) {
            a += b; b ^= a; a += b; b ^= a; a += b; b ^= a; a += b; b ^= a;
            a += b; b ^= a; a += b; b ^= a; a += b; b ^= a; a += b; b ^= a;
        }
        return a ^ b;
    }

    /**
     * Warms the chain up for {@code warmupNanos} in short calls (so that the JIT compiles the method
     * itself, not only an on-stack replacement of one long call), then times {@code chunks} runs of
     * {@code iterations} iterations each, on the calling thread. Throws when a chunk's result differs
     * from the first's.
     */
    static List<Chunk> measure(long iterations, int chunks, long warmupNanos) {
        long seed = System.nanoTime() | 1; // unknown to the compiler: nothing folds to a constant
        long end = System.nanoTime() + warmupNanos;
        long sink = 0;
        while (System.nanoTime() < end) {
            sink += run(seed, sink, 10_000);
        }
        warmupResult = sink; // published, so the warmup's work is not dead code
        long expected = run(seed, 0x9E3779B97F4A7C15L, iterations);
        List<Chunk> out = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            long t0 = System.nanoTime();
            long r = run(seed, 0x9E3779B97F4A7C15L, iterations);
            long t1 = System.nanoTime();
            if (r != expected) {
                throw new IllegalStateException("the dependent chain gave two answers for one input");
            }
            out.add(new Chunk(iterations * OPS_PER_ITERATION, t1 - t0, r));
        }
        return out;
    }
}
