package dev.tlsbench.run;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli for the run mains: parses a command line into its annotated command object and turns
 * picocli's refusals into a {@link UsageException} that names the valid choices (an unknown option
 * lists the options; a bad value keeps the converter's message, which lists the values).
 */
final class CommandLines {

    private CommandLines() {
    }

    /** Fills {@code command}'s fields from {@code args}; refuses bad input with a UsageException. */
    static CommandLine.ParseResult parse(Object command, List<String> args) {
        CommandLine cl = commandLine(command);
        try {
            return cl.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(message(e));
        }
    }

    /** The usage text picocli generates from the command's annotations, {@code lines} before its footer. */
    static String usage(Object command, List<String> lines) {
        CommandLine cl = commandLine(command);
        var message = cl.getCommandSpec().usageMessage();
        List<String> footer = new java.util.ArrayList<>(lines.stream().map(l -> l.replace("%", "%%")).toList());
        footer.addAll(List.of(message.footer()));
        message.footer(footer.toArray(String[]::new));
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static CommandLine commandLine(Object command) {
        return new CommandLine(command)
                .setExpandAtFiles(false) // "@file" is a value here, not a file of arguments
                .setTrimQuotes(false);
    }

    private static String message(ParameterException e) {
        if (e.getCause() instanceof UsageException u) {
            return u.getMessage(); // a converter's refusal, which names the valid values
        }
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return "unknown option " + first + "; valid: " + e.getCommandLine().getCommandSpec().options().stream()
                        .filter(o -> !o.hidden()) // an old option kept only to refuse it with what replaced it
                        .map(OptionSpec::longestName).collect(Collectors.joining(", "));
            }
            return "unexpected argument '" + first + "'";
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            return o.longestName() + " needs " + o.paramLabel();
        }
        return e.getMessage();
    }
}
