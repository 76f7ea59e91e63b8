package dev.tlsbench.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The results of one JVM in one result directory, with the environment they were measured in and
 * the run's status lines (which families finished, failed or are missing).
 */
public record Run(Path dir, Env env, JvmEnv jvm, List<BenchResult> results, List<UnitStatus> status) {

    /** "jdk17", or "20250101-1200_host/jdk17" when several directories are compared. */
    public String label(boolean withDir) {
        return withDir ? dir.getFileName() + "/" + jvm.id() : jvm.id();
    }

    /** What every chart says about where its numbers come from: CPU, JDK and profile. */
    public String caption() {
        return env.cpuModel() + " (" + env.cores() + " CPUs) | " + jvm.label() + " | profile " + env.profile()
                + (env.profile().equals("full") ? "" : " (short warmup: JIT-compiled code such as SunJCE, SunEC, BC and SunJSSE is undercounted)");
    }

    public List<BenchResult> of(String benchClass) {
        return results.stream().filter(r -> r.benchClass().equals(benchClass)).toList();
    }

    /** One line of status.tsv: a family's JMH invocation on one JVM and how it ended. */
    public record UnitStatus(String jvm, String unit, String state, String detail) {
        public boolean ok() {
            return state.equals("ok");
        }
    }
}
