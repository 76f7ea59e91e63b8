package dev.tlsbench.cli;

import dev.tlsbench.bench.ParamRange;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Checks every {@code -p name=v1,v2} of a JMH command line against the suite's @Param fields
 * before anything forks: JMH itself would only fail inside each fork with "No enum constant", and
 * still exit 0. An enum axis accepts its constant names; a numeric one a number in its range.
 */
final class ParamCheck {

    private ParamCheck() {
    }

    /** @return one message per bad value, naming the valid choices; empty when all are valid */
    static List<String> problems(String[] args) {
        Map<String, List<String>> given = parse(args);
        if (given.isEmpty()) {
            return List.of();
        }
        Map<String, List<Field>> fields = paramFields();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            List<Field> declared = fields.get(e.getKey());
            if (declared == null) {
                problems.add("-p " + e.getKey() + ": no benchmark has a parameter of that name; parameters are "
                        + String.join(", ", fields.keySet()));
                continue;
            }
            for (String value : e.getValue()) {
                for (Field f : declared) {
                    String problem = check(f, value);
                    if (problem != null) {
                        problems.add("-p " + e.getKey() + "=" + value + ": " + problem);
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static String check(Field f, String value) {
        Class<?> type = f.getType();
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(value)) {
                    return null;
                }
            }
            return "unknown " + type.getSimpleName() + "; valid: "
                    + Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == long.class) {
            ParamRange range = f.getAnnotation(ParamRange.class);
            String valid = range == null ? "an integer"
                    : "an integer from " + range.min() + " to " + range.max();
            try {
                long v = Long.parseLong(value.trim());
                if (range != null && (v < range.min() || v > range.max())) {
                    return "out of range; valid: " + valid + defaults(f);
                }
                return null;
            } catch (NumberFormatException nfe) {
                return "not a number; valid: " + valid + defaults(f);
            }
        }
        return null;
    }

    private static String defaults(Field f) {
        String[] values = f.getAnnotation(Param.class).value();
        return values.length == 0 ? "" : " (the default set is " + String.join(", ", values) + ")";
    }

    /** The -p options of a JMH command line: "-p a=x,y" and "-pa=x,y". */
    static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String spec = null;
            if (args[i].equals("-p") && i + 1 < args.length) {
                spec = args[++i];
            } else if (args[i].startsWith("-p") && args[i].contains("=") && !args[i].startsWith("-prof")) {
                spec = args[i].substring(2);
            }
            if (spec != null) {
                int eq = spec.indexOf('=');
                if (eq > 0) {
                    out.computeIfAbsent(spec.substring(0, eq), k -> new ArrayList<>())
                            .addAll(Arrays.asList(spec.substring(eq + 1).split(",")));
                }
            }
        }
        return out;
    }

    /** Every @Param field of every benchmark class in the jar's BenchmarkList, by name. */
    private static Map<String, List<Field>> paramFields() {
        Set<String> classes = new LinkedHashSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
            classes.add(entry.getUserClassQName());
        }
        Map<String, List<Field>> fields = new LinkedHashMap<>();
        for (String name : classes) {
            try {
                for (Class<?> c = Class.forName(name); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.isAnnotationPresent(Param.class)) {
                            fields.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f);
                        }
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // JMH will report a class it cannot load; nothing to check here.
            }
        }
        return fields;
    }
}
