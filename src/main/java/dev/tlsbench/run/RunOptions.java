package dev.tlsbench.run;

import dev.tlsbench.bench.Family;
import dev.tlsbench.families.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one run, parsed (by picocli, see {@link BenchCommand}) and checked before any JVM
 * starts: every name (profile, family, parameter and value, method) is checked against the
 * descriptors, and an unknown one is refused naming the valid ones.
 *
 * @param params  -p style restrictions: parameter name to the values to keep
 * @param methods the benchmark methods to keep (empty: all)
 * @param budget  time per JVM (environment probes included) within which the run adds forks to
 *                undecided headline questions and imprecise cells after the planned rounds; null: it adds none
 */
public record RunOptions(Profile profile, List<String> jvms, List<Family> families,
                         Map<String, List<String>> params, Set<String> methods, Path out, boolean dryRun,
                         boolean plot, Duration budget, List<String> args) {

    /**
     * Parses and checks a command line of scripts/bench without --resume or --help (those are
     * BenchMain's); {@code defaultJvm} is used when no --jvm is given.
     */
    public static RunOptions parse(List<String> args, String defaultJvm) {
        BenchCommand c = BenchCommand.parse(args);
        if (c.resume != null) {
            throw new UsageException("--resume DIR takes no other arguments: the run's own options are reused");
        }
        if (c.help) {
            throw new UsageException("--help takes no other arguments");
        }
        if (c.profiles.size() > 1) {
            throw new UsageException("more than one profile given (" + String.join(", ", c.profiles) + ")");
        }
        Profile profile = c.profiles.isEmpty() ? Profile.QUICK : Profile.named(c.profiles.get(0));
        return of(profile, c.selection, c.dryRun, !c.noPlot, c.budget != null ? c.budget : profile.defaultBudget(), args,
                defaultJvm);
    }

    /** Checks the selection against the descriptors; {@code defaultJvm} is used when no --jvm is given. */
    static RunOptions of(Profile profile, SelectionOptions selection, boolean dryRun, boolean plot, Duration budget,
                         List<String> args, String defaultJvm) {
        List<String> jvms = selection.jvms.isEmpty() ? List.of(defaultJvm) : List.copyOf(selection.jvms);
        for (String j : jvms) {
            Path p = Path.of(j);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new UsageException("not an executable java: '" + j + "' (--jvm takes e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)");
            }
        }
        List<Family> families = selection.families.isEmpty() ? Families.ALL : families(selection.families);
        Map<String, List<String>> params = new LinkedHashMap<>();
        selection.params.forEach(spec -> param(spec, params));
        Set<String> methods = new LinkedHashSet<>(selection.methods);
        checkParams(params, families);
        checkMethods(methods, families);
        return new RunOptions(profile, jvms, List.copyOf(families), params, methods, selection.out, dryRun, plot,
                budget, List.copyOf(args));
    }

    private static List<Family> families(List<String> names) {
        List<Family> out = new ArrayList<>();
        for (String name : names) {
            try {
                out.add(Families.named(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return out;
    }

    private static void param(String spec, Map<String, List<String>> params) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new UsageException("--param takes NAME=V1,V2, not '" + spec + "'");
        }
        params.computeIfAbsent(spec.substring(0, eq), k -> new ArrayList<>()).addAll(Arrays.asList(spec.substring(eq + 1).split(",")));
    }

    /** Each restricted parameter must be an axis of a selected family, each value one of its values there. */
    private static void checkParams(Map<String, List<String>> params, List<Family> families) {
        params.forEach((name, values) -> {
            List<String> valid = new ArrayList<>();
            boolean known = false;
            for (Family f : families) {
                List<String> axis = f.axes().get(name);
                if (axis != null) {
                    known = true;
                    axis.stream().filter(v -> !valid.contains(v)).forEach(valid::add);
                }
            }
            if (!known) {
                Set<String> names = new LinkedHashSet<>();
                families.forEach(f -> names.addAll(f.axes().keySet()));
                throw new UsageException("--param " + name + ": no selected family has that parameter; parameters: " + String.join(", ", names));
            }
            for (String v : values) {
                if (!valid.contains(v)) {
                    throw new UsageException("--param " + name + "=" + v + ": unknown value; valid: " + String.join(", ", valid));
                }
            }
        });
    }

    private static void checkMethods(Set<String> methods, List<Family> families) {
        Set<String> valid = new LinkedHashSet<>();
        families.forEach(f -> valid.addAll(f.methods()));
        for (String m : methods) {
            if (!valid.contains(m)) {
                throw new UsageException("--methods " + m + ": no selected family has that benchmark method; valid: " + String.join(", ", valid));
            }
        }
    }
}
