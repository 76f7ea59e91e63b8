package dev.tlsbench.run;

import dev.tlsbench.results.Json;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The one option of the probe mains ({@code --json}, parsed by picocli) and their JSON output. */
@Command(separator = " ")
final class JsonOption {

    @Option(names = "--json", description = "print JSON (what scripts/bench stores in env.json) instead of text")
    boolean json;

    @Option(names = "--help", usageHelp = true, description = "print this help")
    boolean help;

    /**
     * @param main    the probe, named in its usage
     * @param purpose what it prints, for --help
     * @return whether --json was given; --help prints the usage and exits 0, anything else exits 2 naming the valid options
     */
    static boolean parse(String[] args, Class<?> main, String purpose) {
        JsonOption o = new JsonOption();
        String name = "java -cp target/benchmarks.jar " + main.getName();
        try {
            CommandLines.parse(o, List.of(args));
        } catch (UsageException e) {
            System.err.println(main.getSimpleName() + ": " + e.getMessage());
            System.exit(2);
        }
        if (o.help) {
            System.out.println(CommandLines.usage(o, List.of()).replaceFirst("^Usage: <main class>", "Usage: " + name)
                    + System.lineSeparator() + purpose);
            System.exit(0);
        }
        return o.json;
    }

    /** A probe's output, as scripts/bench stores it in env.json. */
    static void print(Object value) {
        System.out.println(Json.pretty(value));
    }
}
