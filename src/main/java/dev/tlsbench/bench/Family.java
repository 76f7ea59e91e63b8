package dev.tlsbench.bench;

import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Warmup;
import dev.tlsbench.verify.Composite;
import dev.tlsbench.verify.VectorSuite;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Everything the suite knows about one benchmark family, said once: its benchmark class, its owner
 * axis (providers or stacks) and algorithm axis, the probe that finds out who can do what by
 * trying, its Wycheproof suites, the cells and timing of the quick profile, and its charts. The
 * capability matrix, the correctness gate, the run plan, the smoke tests and the report all derive
 * from these descriptors; the axes are read from the class's @Param fields and checked against
 * what the descriptor names.
 *
 * @param <O> the owner axis: whose numbers a cell reports
 * @param <A> the algorithm axis: what is compared along x
 */
public final class Family<O extends Enum<O> & Owner, A extends Enum<A>> {

    /** The benchmark's own setup of one owner x algorithm: passes exactly when the benchmark would run it. */
    @FunctionalInterface
    public interface Probe<O, A> {
        void attempt(O owner, A algorithm) throws Exception;
    }

    /** The same for one cell, where its other axes decide too (a resumed handshake needs resumption). */
    @FunctionalInterface
    public interface CellProbe<O, A> {
        void attempt(O owner, A algorithm, Cell cell) throws Exception;
    }

    private final String name;
    private final String title;
    private final Class<?> benchmark;
    private final String ownerParam;
    private final Class<O> ownerType;
    private final String algorithmParam;
    private final Class<A> algorithmType;
    private final Probe<O, A> probe;
    private final CellProbe<O, A> cellProbe;
    private final List<VectorSuite> vectors;
    private final List<CellSet> quick;
    private final Map<Warmup, Timing> quickTiming;
    private final List<CellSet> fullExtras;
    private final List<CellSet> warmupCurve;
    private final List<ChartSpec> charts;
    private final Map<String, List<String>> axes;
    private final List<String> methods;

    private Family(Builder<O, A> b) {
        this.name = b.name;
        this.title = b.title;
        this.benchmark = b.benchmark;
        this.ownerParam = b.ownerParam;
        this.ownerType = b.ownerType;
        this.algorithmParam = b.algorithmParam;
        this.algorithmType = b.algorithmType;
        this.probe = b.probe;
        this.cellProbe = b.cellProbe != null ? b.cellProbe : (o, a, c) -> b.probe.attempt(o, a);
        this.vectors = List.copyOf(b.vectors);
        this.quick = List.copyOf(b.quick);
        this.quickTiming = Map.copyOf(b.quickTiming);
        this.fullExtras = List.copyOf(b.fullExtras);
        this.warmupCurve = List.copyOf(b.warmupCurve);
        this.charts = List.copyOf(b.charts);
        this.axes = axesOf(benchmark);
        this.methods = methodsOf(benchmark);
        check();
    }

    /** Starts a descriptor: its name (as --families takes it), a human title and the JMH class. */
    public static <O extends Enum<O> & Owner, A extends Enum<A>> Builder<O, A> of(
            String name, String title, Class<?> benchmark, String ownerParam, Class<O> ownerType,
            String algorithmParam, Class<A> algorithmType) {
        return new Builder<>(name, title, benchmark, ownerParam, ownerType, algorithmParam, algorithmType);
    }

    public String name() { return name; }
    public String title() { return title; }
    public Class<?> benchmark() { return benchmark; }
    public String ownerParam() { return ownerParam; }
    public String algorithmParam() { return algorithmParam; }
    public List<O> owners() { return List.of(ownerType.getEnumConstants()); }
    public List<A> algorithms() { return List.of(algorithmType.getEnumConstants()); }
    public List<VectorSuite> vectors() { return vectors; }
    public List<CellSet> quickCells() { return quick; }
    public List<ChartSpec> charts() { return charts; }

    /** The @Benchmark methods, by simple name. */
    public List<String> methods() {
        return methods;
    }

    /** Every @Param of the class with the values a run without -p takes, in declaration order. */
    public Map<String, List<String>> axes() {
        return axes;
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

    /** Tries the combination with the benchmark's own setup: supported, or why not. */
    public Support probe(O owner, A algorithm) {
        return Support.probe(() -> probe.attempt(owner, algorithm));
    }

    /** Whether the benchmark runs this very cell, by trying its setup: what a run of it must come to. */
    public Support probe(Cell cell) {
        O owner = owner(cell.params().get(ownerParam));
        A algorithm = algorithm(cell.params().get(algorithmParam));
        return Support.probe(() -> cellProbe.attempt(owner, algorithm, cell));
    }

    /** The owner constant of this family named {@code name}. */
    public O owner(String name) {
        return Enum.valueOf(ownerType, name);
    }

    /** The algorithm constant named {@code name}. */
    public A algorithm(String name) {
        return Enum.valueOf(algorithmType, name);
    }

    /**
     * The primitives a value of the algorithm axis is made of: itself and, for a {@link Composite}
     * such as a handshake, its key exchange and signature. A correctness-gate failure of one of them
     * flags the cells of this value, and no others.
     */
    public Set<Enum<?>> primitivesOf(A algorithm) {
        return Composite.closure(algorithm);
    }

    /** How long the quick profile warms up and measures cells of an owner with this warmup need. */
    public Timing quickTiming(Warmup warmup) {
        return quickTiming.get(warmup);
    }

    /** Every cell of the full matrix: each method over each axis value, plus the extra invocations (e.g. threads). */
    public List<CellSet> fullCells() {
        List<CellSet> all = new ArrayList<>();
        all.add(CellSet.all());
        all.addAll(fullExtras);
        return all;
    }

    /** The cells whose warmup curve, score per short iteration from JVM start, the warmup profile draws. */
    public List<CellSet> warmupCurveCells() {
        return warmupCurve;
    }

    /** The cells of one cell set, expanded. */
    public List<Cell> expand(CellSet set) {
        List<String> ms = set.methods().isEmpty() ? methods : set.methods();
        Map<String, List<String>> values = new LinkedHashMap<>();
        axes.forEach((axis, all) -> values.put(axis, set.params().getOrDefault(axis, all)));
        return Cell.product(benchmark.getName(), ms, values, set.threads());
    }

    /** Splits a cell set by the warmup its owners need, so each part gets its own timing. */
    public Map<Warmup, CellSet> byWarmup(CellSet set) {
        Map<Warmup, List<String>> owners = new EnumMap<>(Warmup.class);
        for (String o : set.params().getOrDefault(ownerParam, axes.get(ownerParam))) {
            owners.computeIfAbsent(owner(o).warmup(), w -> new ArrayList<>()).add(o);
        }
        Map<Warmup, CellSet> out = new EnumMap<>(Warmup.class);
        owners.forEach((w, os) -> out.put(w, set.where(ownerParam, os.toArray())));
        return out;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The descriptor must say exactly what the class declares: a mismatch is a bug, found at class load. */
    private void check() {
        List<String> problems = new ArrayList<>();
        requireAxis(problems, ownerParam, ownerType);
        requireAxis(problems, algorithmParam, algorithmType);
        if (methods.isEmpty()) {
            problems.add("no @Benchmark method");
        }
        for (Warmup w : Warmup.values()) {
            if (!quickTiming.containsKey(w)) {
                problems.add("no quick timing for " + w + " owners");
            }
        }
        List<CellSet> sets = new ArrayList<>(quick);
        sets.addAll(fullExtras);
        sets.addAll(warmupCurve);
        for (CellSet s : sets) {
            for (String m : s.methods()) {
                if (!methods.contains(m)) {
                    problems.add("cell set names method " + m + "; the class has " + methods);
                }
            }
            s.params().forEach((p, values) -> {
                if (!axes.containsKey(p)) {
                    problems.add("cell set names @Param " + p + "; the class has " + axes.keySet());
                } else if (axisType(p).isEnum()) {
                    values.stream().filter(v -> !axes.get(p).contains(v))
                            .forEach(v -> problems.add(p + "=" + v + " is not a constant of " + axisType(p).getSimpleName()));
                }
            });
        }
        for (ChartSpec c : charts) {
            if (!axes.containsKey(c.xParam())) {
                problems.add("chart along " + c.xParam() + ", which is not a @Param");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("family " + name + " (" + benchmark.getSimpleName() + "): " + String.join("; ", problems));
        }
    }

    private void requireAxis(List<String> problems, String param, Class<?> type) {
        if (!axes.containsKey(param)) {
            problems.add("no @Param " + param + " (has " + axes.keySet() + ")");
        } else if (axisType(param) != type) {
            problems.add("@Param " + param + " is a " + axisType(param).getSimpleName() + ", not a " + type.getSimpleName());
        }
    }

    private Class<?> axisType(String param) {
        return paramField(benchmark, param).getType();
    }

    private static Field paramField(Class<?> c, String name) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name) && f.isAnnotationPresent(Param.class)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException(c.getSimpleName() + " has no @Param " + name);
    }

    /** @Param fields, superclasses first (as the provider axis of ProviderBench comes first). */
    private static Map<String, List<String>> axesOf(Class<?> c) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            chain.add(0, k);
        }
        Map<String, List<String>> axes = new LinkedHashMap<>();
        for (Class<?> k : chain) {
            for (Field f : k.getDeclaredFields()) {
                Param p = f.getAnnotation(Param.class);
                if (p == null) {
                    continue;
                }
                boolean blank = p.value().length == 1 && p.value()[0].equals(Param.BLANK_ARGS);
                List<String> values = !blank ? List.of(p.value())
                        : f.getType().isEnum() ? Arrays.stream(f.getType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
                        : List.of();
                axes.put(f.getName(), values);
            }
        }
        return axes;
    }

    private static List<String> methodsOf(Class<?> c) {
        return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).sorted().toList();
    }

    /** Builds a {@link Family}; every part but the name, class and axes has a default. */
    public static final class Builder<O extends Enum<O> & Owner, A extends Enum<A>> {
        private final String name;
        private final String title;
        private final Class<?> benchmark;
        private final String ownerParam;
        private final Class<O> ownerType;
        private final String algorithmParam;
        private final Class<A> algorithmType;
        private Probe<O, A> probe = (o, a) -> { };
        private CellProbe<O, A> cellProbe;
        private List<VectorSuite> vectors = List.of();
        private final List<CellSet> quick = new ArrayList<>();
        private final Map<Warmup, Timing> quickTiming = new EnumMap<>(Warmup.class);
        private final List<CellSet> fullExtras = new ArrayList<>();
        private final List<CellSet> warmupCurve = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();

        private Builder(String name, String title, Class<?> benchmark, String ownerParam, Class<O> ownerType,
                        String algorithmParam, Class<A> algorithmType) {
            this.name = name;
            this.title = title;
            this.benchmark = benchmark;
            this.ownerParam = ownerParam;
            this.ownerType = ownerType;
            this.algorithmParam = algorithmParam;
            this.algorithmType = algorithmType;
        }

        /** The benchmark's setup of one owner x algorithm, which the capability probe runs. */
        public Builder<O, A> probe(Probe<O, A> p) {
            this.probe = p;
            return this;
        }

        /** A probe per cell, for a family whose other axes decide too; by default the owner x algorithm probe. */
        public Builder<O, A> cellProbe(CellProbe<O, A> p) {
            this.cellProbe = p;
            return this;
        }

        /** The Wycheproof suites that vouch for this family's algorithms. */
        public Builder<O, A> vectors(List<VectorSuite> suites) {
            this.vectors = suites;
            return this;
        }

        /** Cells the quick profile measures. */
        public Builder<O, A> quick(CellSet... sets) {
            quick.addAll(List.of(sets));
            return this;
        }

        /** The quick profile's timing for cells of native and of JIT-compiled owners. */
        public Builder<O, A> quickTiming(Timing nativeOwners, Timing jitOwners) {
            quickTiming.put(Warmup.NATIVE, nativeOwners);
            quickTiming.put(Warmup.JIT, jitOwners);
            return this;
        }

        /** Invocations the full profile adds to the matrix (e.g. more threads). */
        public Builder<O, A> fullExtra(CellSet... sets) {
            fullExtras.addAll(List.of(sets));
            return this;
        }

        /** Headline cells whose warmup curve from JVM start the warmup profile measures. */
        public Builder<O, A> warmupCurve(CellSet... sets) {
            warmupCurve.addAll(List.of(sets));
            return this;
        }

        public Builder<O, A> chart(ChartSpec spec) {
            charts.add(spec);
            return this;
        }

        public Family<O, A> build() {
            return new Family<>(this);
        }
    }
}
