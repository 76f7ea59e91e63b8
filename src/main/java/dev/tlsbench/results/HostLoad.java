package dev.tlsbench.results;

import java.util.Locale;

/**
 * What else the machine did while one fork ran, from the kernel's CPU accounting: the run's own
 * processes (the runner and the fork it waited for) are subtracted from all the CPU time the machine
 * spent, so what is left is other processes' (a build, a browser, another benchmark). On a 2-core
 * machine a fork of an SSLEngine cell uses the second core for GC and JIT threads; another process
 * there slows it, and forks that disagree are often explained by this number.
 *
 * @param foreignCores cores' worth of CPU used by other processes, on average over the fork
 *                     (0.5 = half a core busy all the time)
 * @param stealCores   cores' worth of time the hypervisor gave to other guests (0 where it does not say)
 */
public record HostLoad(double foreignCores, double stealCores) {

    /** From this average on, a fork did not run on a quiet machine. */
    public static final double BUSY_CORES = 0.2;

    public boolean busy() {
        return foreignCores + stealCores >= BUSY_CORES;
    }

    /** "other processes 0.62 cores, steal 0.00": for the page. */
    public String text() {
        return String.format(Locale.ROOT, "other processes %.2f cores%s", foreignCores,
                stealCores >= 0.005 ? String.format(Locale.ROOT, ", hypervisor steal %.2f", stealCores) : "");
    }
}
