package dev.tlsbench.run;

import dev.tlsbench.results.Host;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The clock a core actually ran at, for cycles per byte: a boosting CPU runs above its nominal clock
 * (and a busy host may run it below), so c/B from the nominal one is off by that ratio. Measured at
 * the start and at the end of a run, each time with the best method available: the cycle counter
 * through perf when it counts ({@link PerfCycles}), else a timed chain of dependent one-cycle
 * operations ({@link DependentChain}), about 0.3 s either way. A measurement outside 0.4-3x the
 * nominal clock, or outside 0.2-8 GHz, is recorded but marked implausible (a report then falls back
 * to the nominal clock).
 */
final class EffectiveClock {

    static final String CHAIN_METHOD = "dependent add/xor chain timed on one thread (one operation per cycle), "
            + "median of the 5 fastest of 100 chunks of about 1 ms, after 100 ms warmup";
    static final String PERF_METHOD = "perf stat cycles / task-clock of this JVM while one thread runs a dependent chain";

    /**
     * Iterations per chunk: 3.2 M chain operations, about 1 ms at 3 GHz: shorter than a scheduler's
     * time slice, so that on a busy machine some chunks still run undisturbed.
     */
    private static final long ITERATIONS = 200_000;
    private static final int CHUNKS = 100;
    private static final int BEST = 5;


    private EffectiveClock() {
    }

    /** One measurement: MHz, how, and whether it passes the plausibility check against {@code nominalMhz}. */
    record Reading(double mhz, String method, String note, double nominalMhz, boolean plausible) {

        /** As env.json records it. */
        Host.ClockReading record() {
            return new Host.ClockReading(OffsetDateTime.now().withNano(0).toString(), Math.round(mhz), method,
                    note.isEmpty() ? null : note, nominalMhz > 0 ? Math.round(mhz / nominalMhz * 1000) / 1000.0 : null, plausible);
        }
    }

    /** Measures now, with perf when it counts cycles, else with the dependent chain. */
    static Reading measure(double nominalMhz) {
        String check = HostInfo.command("perf", "stat", "-x,", "-e", "cycles,task-clock", "true");
        String perfNote;
        if (check != null && PerfCycles.mhz(check).isPresent()) {
            String pid = Long.toString(ProcessHandle.current().pid());
            Thread busy = new Thread(() -> DependentChain.measure(ITERATIONS, 300, 0), "effective-clock");
            busy.setDaemon(true);
            busy.start();
            String out = HostInfo.command("perf", "stat", "-x,", "-e", "cycles,task-clock", "-p", pid, "--", "sleep", "0.3");
            OptionalDouble mhz = out == null ? OptionalDouble.empty() : PerfCycles.mhz(out);
            try {
                busy.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (mhz.isPresent()) {
                return judge(mhz.getAsDouble(), PERF_METHOD, "", nominalMhz);
            }
            perfNote = "perf stat attached to the JVM counted no cycles; ";
        } else {
            perfNote = PerfCycles.whyNot(check) + "; ";
        }
        return judge(chainMhz(DependentChain.measure(ITERATIONS, CHUNKS, 100_000_000L)), CHAIN_METHOD, perfNote + "the dependent chain was timed instead", nominalMhz);
    }

    /** The median of the {@value #BEST} fastest chunks: preemption and a host's steal only ever slow a chunk down. */
    static double chainMhz(List<DependentChain.Chunk> chunks) {
        List<Double> fastest = chunks.stream().map(DependentChain.Chunk::mhz).sorted(Comparator.reverseOrder())
                .limit(BEST).toList();
        return fastest.get(fastest.size() / 2);
    }

    static Reading judge(double mhz, String method, String note, double nominalMhz) {
        boolean plausible = mhz >= 200 && mhz <= 8000 && (nominalMhz <= 0 || (mhz >= 0.4 * nominalMhz && mhz <= 3 * nominalMhz));
        String n = plausible ? note : (note.isEmpty() ? "" : note + "; ") + String.format(Locale.ROOT,
                "implausible against the nominal %.0f MHz: not used for cycles per byte", nominalMhz);
        return new Reading(mhz, method, n, nominalMhz, plausible);
    }
}
