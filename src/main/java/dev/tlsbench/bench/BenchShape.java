package dev.tlsbench.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The shape of one JMH benchmark class, read from the class itself: its axes (the @Param fields
 * with the values a run without -p takes), its @Benchmark methods, the names charts show for
 * {@link Labeled} axis values, and a cell's parameters as typed values, parsed by the fields'
 * types as JMH parses them.
 */
public final class BenchShape {

    private final Class<?> benchmark;
    private final Map<String, Field> fields;
    private final Map<String, List<String>> axes;
    private final List<String> methods;

    public BenchShape(Class<?> benchmark) {
        this.benchmark = benchmark;
        this.fields = paramFields(benchmark);
        Map<String, List<String>> a = new LinkedHashMap<>();
        fields.forEach((name, f) -> a.put(name, defaultValues(f)));
        this.axes = java.util.Collections.unmodifiableMap(a);
        this.methods = Arrays.stream(benchmark.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).sorted().toList();
    }

    public Class<?> benchmark() {
        return benchmark;
    }

    /** The @Benchmark methods, by simple name. */
    public List<String> methods() {
        return methods;
    }

    /** Every @Param of the class with the values a run without -p takes, superclasses' first, in declaration order. */
    public Map<String, List<String>> axes() {
        return axes;
    }

    /** The Java type of the @Param {@code param}. */
    public Class<?> axisType(String param) {
        Field f = fields.get(param);
        if (f == null) {
            throw new IllegalArgumentException(benchmark.getSimpleName() + " has no @Param " + param + "; it has " + axes.keySet());
        }
        return f.getType();
    }

    /** Per enum axis whose constants are {@link Labeled}: constant name to the name charts show. */
    public Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String param : axes.keySet()) {
            Class<?> type = axisType(param);
            if (type.isEnum() && Labeled.class.isAssignableFrom(type)) {
                Map<String, String> labels = new LinkedHashMap<>();
                for (Object c : type.getEnumConstants()) {
                    labels.put(((Enum<?>) c).name(), ((Labeled) c).label());
                }
                out.put(param, labels);
            }
        }
        return out;
    }

    /** The cells of one cell set, expanded: each method (none named: all) over each axis value (none named: all). */
    public List<Cell> expand(CellSet set) {
        List<String> ms = set.methods().isEmpty() ? methods : set.methods();
        Map<String, List<String>> values = new LinkedHashMap<>();
        axes.forEach((axis, all) -> values.put(axis, set.params().getOrDefault(axis, all)));
        return Cell.product(benchmark.getName(), ms, values, set.threads());
    }

    /**
     * A new instance of the benchmark class with every @Param field set to the cell's value, parsed
     * by the field's type: the typed values the benchmark's setup reads, as JMH hands them to it.
     *
     * @throws IllegalArgumentException when the cell is not one of this class, lacks an axis or has a
     *         value the axis does not take
     */
    public <B> B withParams(Class<B> type, Cell cell) {
        if (type != benchmark) {
            throw new IllegalArgumentException("a " + type.getSimpleName() + " is not " + benchmark.getSimpleName());
        }
        if (!cell.params().keySet().equals(axes.keySet())) {
            throw new IllegalArgumentException(cell + ": needs exactly the @Params " + axes.keySet());
        }
        try {
            B b = type.getDeclaredConstructor().newInstance();
            for (Map.Entry<String, Field> e : fields.entrySet()) {
                e.getValue().setAccessible(true);
                e.getValue().set(b, parse(e.getValue(), cell.params().get(e.getKey())));
            }
            return b;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " for " + cell, e);
        }
    }

    /** Problems of a cell set against this class: a method or @Param it lacks, an enum value that is no constant. */
    List<String> problemsOf(CellSet set) {
        List<String> problems = new ArrayList<>();
        for (String m : set.methods()) {
            if (!methods.contains(m)) {
                problems.add("cell set names method " + m + "; the class has " + methods);
            }
        }
        set.params().forEach((p, values) -> {
            if (!axes.containsKey(p)) {
                problems.add("cell set names @Param " + p + "; the class has " + axes.keySet());
            } else if (axisType(p).isEnum()) {
                values.stream().filter(v -> !axes.get(p).contains(v))
                        .forEach(v -> problems.add(p + "=" + v + " is not a constant of " + axisType(p).getSimpleName()));
            }
        });
        return problems;
    }

    /** As JMH reads a -p value into a field of each type the suite's benchmarks declare. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Field f, String value) {
        Class<?> t = f.getType();
        try {
            if (t.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) t, value);
            } else if (t == int.class || t == Integer.class) {
                return Integer.parseInt(value);
            } else if (t == long.class || t == Long.class) {
                return Long.parseLong(value);
            } else if (t == boolean.class || t == Boolean.class) {
                return Boolean.parseBoolean(value);
            } else if (t == String.class) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@Param " + f.getName() + "=" + value + " is not a " + t.getSimpleName()
                    + (t.isEnum() ? "; valid: " + Arrays.toString(t.getEnumConstants()) : ""), e);
        }
        throw new IllegalArgumentException("@Param " + f.getName() + " is a " + t.getSimpleName() + ", which the suite does not parse");
    }

    /** @Param fields by name, superclasses first (as the provider axis of ProviderBench comes first). */
    private static Map<String, Field> paramFields(Class<?> c) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            chain.add(0, k);
        }
        Map<String, Field> out = new LinkedHashMap<>();
        for (Class<?> k : chain) {
            for (Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(Param.class)) {
                    out.put(f.getName(), f);
                }
            }
        }
        return out;
    }

    private static List<String> defaultValues(Field f) {
        Param p = f.getAnnotation(Param.class);
        boolean blank = p.value().length == 1 && p.value()[0].equals(Param.BLANK_ARGS);
        return !blank ? List.of(p.value())
                : f.getType().isEnum() ? Arrays.stream(f.getType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
                : List.of();
    }
}
