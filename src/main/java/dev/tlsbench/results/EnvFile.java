package dev.tlsbench.results;

import java.util.List;

/**
 * env.json: the run's metadata (profile, command, when it started and finished, the suite's commit)
 * and what explains its numbers: the machine ({@link Host}) and, per JVM, what its probes found
 * ({@link JvmProbes}).
 *
 * @param schema      {@link Schema#CURRENT} when written
 * @param finished    when the run finished or was interrupted; null while it runs
 * @param finishedHow "completed" or "interrupted"; null while it runs
 */
public record EnvFile(int schema, String profile, String command, String started, Suite suite, Host host,
                      List<JvmProbes> jvms, String finished, String finishedHow) {

    /** The suite's checkout that ran: its commit and whether it had uncommitted changes. */
    public record Suite(String commit, boolean dirty) {
    }

    public EnvFile {
        jvms = jvms == null ? null : List.copyOf(jvms);
    }

    /** The same with {@code host} in place of this one's. */
    public EnvFile withHost(Host host) {
        return new EnvFile(schema, profile, command, started, suite, host, jvms, finished, finishedHow);
    }

    /** The same, stamped with when and how the run ended. */
    public EnvFile finishedAt(String when, String how) {
        return new EnvFile(schema, profile, command, started, suite, host, jvms, when, how);
    }
}
