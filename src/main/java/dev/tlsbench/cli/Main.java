package dev.tlsbench.cli;

import java.util.List;

/**
 * The jar's entry point: JMH's own Main, with every JMH flag, after one check that JMH lacks.
 * A -p value that names no provider, algorithm, buffer or size is refused here, with the valid
 * choices and exit code 2, instead of failing inside every fork while the run exits 0.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> problems = ParamCheck.problems(args);
        if (!problems.isEmpty()) {
            for (String p : problems) {
                System.err.println("tls-crypto-bench: " + p);
            }
            System.exit(2);
        }
        org.openjdk.jmh.Main.main(args);
    }
}
