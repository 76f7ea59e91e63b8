package dev.tlsbench.run;

import dev.tlsbench.results.Json;
import dev.tlsbench.results.Probes;
import java.lang.management.ManagementFactory;

/**
 * Prints, as JSON, what a JVM is: vendor, version, VM and its arguments. A run starts it on each
 * JVM with the benchmark forks' arguments, so the arguments are those the forks get; the VM flags
 * that decide crypto speed come from {@link JvmFlags}.
 */
public final class JvmInfoMain {

    private JvmInfoMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Json.pretty(Probes.JvmInfo.ofThisJvm(ManagementFactory.getRuntimeMXBean().getInputArguments())));
    }
}
