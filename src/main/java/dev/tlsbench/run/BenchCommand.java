package dev.tlsbench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of scripts/bench (picocli): parsed here, checked against the descriptors by {@link RunOptions}. */
@Command(name = "scripts/bench", separator = " ", sortOptions = false, usageHelpWidth = 120,
        customSynopsis = {"scripts/bench [PROFILE] [--jvm PATH]... [--families F,...] [--param NAME=V,...]...",
                "                     [--methods M,...] [--out DIR] [--dry-run] [--no-plot] [--budget DURATION]",
                "       scripts/bench --resume DIR", "       scripts/bench --help", ""},
        description = "Runs a profile on one or more JVMs and writes one new result directory, then its charts and report.",
        footer = {"", "Exit codes: 0 every cell measured, unsupported or a harness limit; 1 the report could not be",
                "written; 2 bad usage or refused at start (nothing ran); 3 a cell FAILED or is pending; 130 interrupted.",
                "See docs/running.md."})
final class BenchCommand {

    // Strings, converted by RunOptions: picocli would call a positional it cannot convert "unexpected"
    // instead of saying why; Profile.named names the valid profiles.
    @Parameters(paramLabel = "PROFILE", arity = "0..*",
            completionCandidates = ProfileNames.class,
            description = "one of ${COMPLETION-CANDIDATES} (default quick; see Profiles below)")
    List<String> profiles = new ArrayList<>();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--dry-run", description = "print every cell with its timing and the estimated duration; run nothing")
    boolean dryRun;

    @Option(names = "--no-plot", description = "skip the charts and report (scripts/plot DIR draws them later)")
    boolean noPlot;

    @Option(names = "--budget", paramLabel = "DURATION", converter = BudgetConverter.class,
            description = "time per JVM, environment probes included, within which forks are added to cells whose "
                    + "estimate is still imprecise after the planned rounds, e.g. 15m, 900s, 1h, 1h30m "
                    + "(default 15m for quick; other profiles add none without it)")
    Duration budget;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "continue DIR: each cell's missing forks (pending or FAILED cells from their first), then the adaptive "
                    + "rounds, with DIR's own options and JVMs (no other option)")
    Path resume;

    @Option(names = "--help", usageHelp = true, description = "print this help")
    boolean help;

    /** How many options and profiles the command line gave (--resume must stand alone). */
    int given;

    /** Parses {@code args}; bad input is refused with a UsageException naming the valid choices. */
    static BenchCommand parse(List<String> args) {
        BenchCommand c = new BenchCommand();
        c.given = CommandLines.parse(c, args).matchedArgs().size();
        return c;
    }

    /** The generated usage, with each profile's description. */
    static String usage() {
        List<String> profiles = new ArrayList<>(List.of("", "Profiles:"));
        Arrays.stream(Profile.values()).map(p -> String.format("  %-9s %s", p.cliName(), p.description())).forEach(profiles::add);
        return CommandLines.usage(new BenchCommand(), profiles);
    }

    /** The profile names, for picocli's candidates. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Profile.values()).map(Profile::cliName).iterator();
        }
    }

    /** "15m", "900s", "1h", "1h30m": hours, minutes and seconds, in that order, positive. */
    static final class BudgetConverter implements ITypeConverter<Duration> {

        private static final Pattern FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
            Duration d = Duration.ZERO;
            if (!value.isBlank() && m.matches()) {
                try {
                    d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
                } catch (ArithmeticException | NumberFormatException e) {
                    d = Duration.ZERO; // too large to be meant
                }
            }
            if (d.isZero() || d.isNegative() || d.toDays() > 7) {
                throw new UsageException("--budget takes a positive duration in hours, minutes and/or seconds, "
                        + "e.g. 15m, 900s, 1h or 1h30m (at most 7 days), not '" + value + "'");
            }
            return d;
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }
    }
}
