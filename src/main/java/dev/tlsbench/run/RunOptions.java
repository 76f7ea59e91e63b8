package dev.tlsbench.run;

import dev.tlsbench.bench.Family;
import dev.tlsbench.families.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of one run, parsed and checked before any JVM starts: every name (profile, family,
 * parameter and value, method) is checked against the descriptors, and an unknown one is refused
 * naming the valid ones.
 *
 * @param params  -p style restrictions: parameter name to the values to keep
 * @param methods the benchmark methods to keep (empty: all)
 */
public record RunOptions(Profile profile, List<String> jvms, List<Family> families,
                         Map<String, List<String>> params, Set<String> methods, Path out, boolean dryRun,
                         boolean plot, List<String> args) {

    static final String USAGE = """
            usage: scripts/bench [PROFILE] [--jvm PATH]... [--families F,...] [--param NAME=V,...]...
                                 [--methods M,...] [--out DIR] [--dry-run] [--no-plot]
                   scripts/bench --resume DIR
            profiles: %s""";

    /** Parses and checks the command line; {@code defaultJvm} is used when no --jvm is given. */
    public static RunOptions parse(List<String> args, String defaultJvm) {
        Profile profile = null;
        List<String> jvms = new ArrayList<>();
        List<Family> families = new ArrayList<>(Families.ALL);
        Map<String, List<String>> params = new LinkedHashMap<>();
        Set<String> methods = new LinkedHashSet<>();
        Path out = null;
        boolean dryRun = false;
        boolean plot = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--jvm" -> jvms.add(value(args, ++i, a, "a java executable, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
                case "--families" -> families = families(value(args, ++i, a, "a list such as record,kex"));
                case "--param" -> param(value(args, ++i, a, "NAME=V1,V2"), params);
                case "--methods" -> methods.addAll(List.of(value(args, ++i, a, "a list such as seal,open").split(",")));
                case "--out" -> out = Path.of(value(args, ++i, a, "a directory"));
                case "--dry-run" -> dryRun = true;
                case "--no-plot" -> plot = false;
                case "--resume" -> throw new UsageException("--resume DIR takes no other arguments: the run's own options are reused");
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + "; valid: --jvm, --families, --param, --methods, --out, --dry-run, --no-plot, --resume");
                    }
                    if (profile != null) {
                        throw new UsageException("more than one profile given (" + profile.cliName() + ", " + a + ")");
                    }
                    profile = Profile.named(a);
                }
            }
        }
        if (jvms.isEmpty()) {
            jvms.add(defaultJvm);
        }
        for (String j : jvms) {
            Path p = Path.of(j);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                throw new UsageException("not an executable java: '" + j + "' (--jvm takes e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)");
            }
        }
        checkParams(params, families);
        checkMethods(methods, families);
        return new RunOptions(profile == null ? Profile.QUICK : profile, List.copyOf(jvms), List.copyOf(families),
                params, methods, out, dryRun, plot, List.copyOf(args));
    }

    private static String value(List<String> args, int i, String option, String what) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs " + what);
        }
        return args.get(i);
    }

    private static List<Family> families(String list) {
        List<Family> out = new ArrayList<>();
        for (String name : list.split(",")) {
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
