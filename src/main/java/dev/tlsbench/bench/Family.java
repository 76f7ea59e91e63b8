package dev.tlsbench.bench;

import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Warmup;
import dev.tlsbench.verify.VectorSuite;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the suite knows about one benchmark family, said once and made of parts with one job
 * each: the {@link BenchShape} of its JMH class (axes, methods, labels), its {@link Capabilities}
 * (owner and algorithm axes, the probe that runs the benchmark's own setup, Wycheproof suites), its
 * {@link ProfileCells} (what each profile measures, with what timing), its charts and the native
 * measurements its cells compare with ({@link SpeedMatch}). The capability
 * matrix, the correctness gate, the run plan, the smoke tests and the report all derive from these
 * descriptors; the descriptor is checked against the class when it is built.
 */
public final class Family {

    private final String name;
    private final String title;
    private final BenchShape shape;
    private final Capabilities capabilities;
    private final ProfileCells profile;
    private final List<ChartSpec> charts;
    private final List<Headline> headline;
    private final List<SpeedMatch> nativeMatches;

    private Family(String name, String title, BenchShape shape, Capabilities capabilities, ProfileCells profile,
                   List<ChartSpec> charts, List<Headline> headline, List<SpeedMatch> nativeMatches) {
        this.name = name;
        this.title = title;
        this.shape = shape;
        this.capabilities = capabilities;
        this.profile = profile;
        this.charts = List.copyOf(charts);
        this.headline = List.copyOf(headline);
        this.nativeMatches = List.copyOf(nativeMatches);
    }

    /**
     * Starts a descriptor: its name (as --families takes it), a human title, the JMH class and its
     * owner and algorithm @Params with their enum types.
     */
    public static <B, O extends Enum<O> & Owner, A extends Enum<A> & Labeled & Accelerated> Builder<B, O, A> of(
            String name, String title, Class<B> benchmark, String ownerParam, Class<O> ownerType,
            String algorithmParam, Class<A> algorithmType) {
        return new Builder<>(name, title, benchmark, ownerParam, ownerType, algorithmParam, algorithmType);
    }

    public String name() { return name; }
    public String title() { return title; }
    public BenchShape shape() { return shape; }
    public Capabilities capabilities() { return capabilities; }
    public ProfileCells profile() { return profile; }
    public List<ChartSpec> charts() { return charts; }
    /** The family's questions in the report's headline (none: the family has no headline table). */
    public List<Headline> headline() { return headline; }
    /** Which openssl speed measurement its cells compare with (none: the report draws no native mark). */
    public List<SpeedMatch> nativeMatches() { return nativeMatches; }

    // The shape and owner facts the run asks for most, without going through the parts.
    public Class<?> benchmark() { return shape.benchmark(); }
    public List<String> methods() { return shape.methods(); }
    public Map<String, List<String>> axes() { return shape.axes(); }
    public List<Cell> expand(CellSet set) { return shape.expand(set); }
    public String ownerParam() { return capabilities.ownerParam(); }
    public Owner owner(String name) { return capabilities.owner(name); }

    /** Whether the benchmark runs this very cell (see {@link Capabilities#probe(Cell)}). */
    public Support probe(Cell cell) {
        return capabilities.probe(cell);
    }

    /** Splits a cell set by the warmup its owners need, so each part gets its own timing. */
    public Map<Warmup, CellSet> byWarmup(CellSet set) {
        String ownerParam = ownerParam();
        Map<Warmup, List<String>> owners = new EnumMap<>(Warmup.class);
        for (String o : set.params().getOrDefault(ownerParam, axes().get(ownerParam))) {
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

    /**
     * Builds a {@link Family}; every part but the name, class, axes and setup has a default. The
     * types tie the setup to the benchmark class and the axes to Owner and enum types.
     *
     * @param <B> the JMH class, whose @Param values the setup reads
     * @param <O> the owner axis: whose numbers a cell reports
     * @param <A> the algorithm axis: what is compared along x, each constant with its label and its
     *            decision on the CPU and VM flags that matter
     */
    public static final class Builder<B, O extends Enum<O> & Owner, A extends Enum<A> & Labeled & Accelerated> {
        private final String name;
        private final String title;
        private final Class<B> benchmark;
        private final String ownerParam;
        private final Class<O> ownerType;
        private final String algorithmParam;
        private final Class<A> algorithmType;
        private Capabilities.Setup<B> setup;
        private CellSet pairCells = CellSet.all();
        private List<VectorSuite> vectors = List.of();
        private final List<CellSet> quick = new ArrayList<>();
        private final Map<String, List<String>> notInBroad = new java.util.LinkedHashMap<>();
        private boolean noBroad;
        private final Map<Warmup, Timing> quickTiming = new EnumMap<>(Warmup.class);
        private final List<CellSet> fullExtras = new ArrayList<>();
        private final List<CellSet> warmupCurve = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();
        private final List<Headline> headline = new ArrayList<>();
        private int headlineRows;
        private final List<SpeedMatch> nativeMatches = new ArrayList<>();

        private Builder(String name, String title, Class<B> benchmark, String ownerParam, Class<O> ownerType,
                        String algorithmParam, Class<A> algorithmType) {
            this.name = name;
            this.title = title;
            this.benchmark = benchmark;
            this.ownerParam = ownerParam;
            this.ownerType = ownerType;
            this.algorithmParam = algorithmParam;
            this.algorithmType = algorithmType;
        }

        /** The benchmark's one setup, which its @Setup calls too: every capability probe runs it. */
        public Builder<B, O, A> setup(Capabilities.Setup<B> s) {
            this.setup = s;
            return this;
        }

        /**
         * The values of the other axes at which the capability matrix tries each owner x algorithm
         * (by default all of them): where a cell's other axes are about something else than whether
         * the owner can do the algorithm (resuming, a key manager, a write size).
         */
        public Builder<B, O, A> probePairsAt(CellSet cells) {
            this.pairCells = cells;
            return this;
        }

        /** The Wycheproof suites that vouch for this family's algorithms. */
        public Builder<B, O, A> vectors(List<VectorSuite> suites) {
            this.vectors = suites;
            return this;
        }

        /** Cells the broad profile measures: the family's charts (the quick profile measures its headline questions). */
        public Builder<B, O, A> broad(CellSet... sets) {
            quick.addAll(List.of(sets));
            return this;
        }

        /**
         * Constants of {@code param} the broad profile leaves out on purpose (say why where it is
         * called): every constant of every axis is either in a quick cell set or here.
         */
        public Builder<B, O, A> notInBroad(String param, Object... values) {
            List<String> l = notInBroad.computeIfAbsent(param, p -> new ArrayList<>());
            for (Object v : values) {
                l.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
            return this;
        }

        /** The family has no quick cells at all, on purpose (say why where it is called). */
        public Builder<B, O, A> noBroadCells() {
            noBroad = true;
            return this;
        }

        /** The quick and broad profiles' timing for cells of native and of JIT-compiled owners. */
        public Builder<B, O, A> quickTiming(Timing nativeOwners, Timing jitOwners) {
            quickTiming.put(Warmup.NATIVE, nativeOwners);
            quickTiming.put(Warmup.JIT, jitOwners);
            return this;
        }

        /** Invocations the full profile adds to the matrix (e.g. more threads). */
        public Builder<B, O, A> fullExtra(CellSet... sets) {
            fullExtras.addAll(List.of(sets));
            return this;
        }

        /** Headline cells whose warmup curve from JVM start the warmup profile measures. */
        public Builder<B, O, A> warmupCurve(CellSet... sets) {
            warmupCurve.addAll(List.of(sets));
            return this;
        }

        /** One row of the family's headline table: its questions, side by side ("server / client"). */
        public Builder<B, O, A> headlineRow(Headline... questions) {
            for (Headline q : questions) {
                headline.add(q.inRow(headlineRows));
            }
            headlineRows++;
            return this;
        }

        /**
         * The openssl speed measurements the cells of each algorithm constant compare with: called
         * once per constant of the algorithm axis, which says what its native counterpart is (none:
         * an empty list).
         */
        public Builder<B, O, A> nativeMatches(Function<A, List<SpeedMatch>> perAlgorithm) {
            for (A a : algorithmType.getEnumConstants()) {
                nativeMatches.addAll(perAlgorithm.apply(a));
            }
            return this;
        }

        public Builder<B, O, A> chart(ChartSpec spec) {
            charts.add(spec);
            return this;
        }

        /** @throws IllegalStateException when the descriptor says anything the class does not declare */
        public Family build() {
            BenchShape shape = new BenchShape(benchmark);
            List<String> problems = new ArrayList<>();
            if (shape.methods().isEmpty()) {
                problems.add("no @Benchmark method");
            }
            if (setup == null) {
                problems.add("no setup: the capability probe runs the benchmark's own");
            }
            Capabilities capabilities = Capabilities.of(shape, benchmark, setup, ownerParam, ownerType, algorithmParam,
                    algorithmType, pairCells, vectors);
            problems.addAll(capabilities.problems(ownerType, algorithmType));
            ProfileCells profile = new ProfileCells(quick, quickTiming, fullExtras, warmupCurve, notInBroad, noBroad);
            problems.addAll(profile.problems(shape));
            charts.stream().filter(c -> !shape.axes().containsKey(c.xParam()))
                    .forEach(c -> problems.add("chart along " + c.xParam() + ", which is not a @Param"));
            headline.forEach(q -> problems.addAll(q.problems(shape, ownerParam)));
            nativeMatches.forEach(m -> problems.addAll(m.problems(shape)));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("family " + name + " (" + benchmark.getSimpleName() + "): " + String.join("; ", problems));
            }
            return new Family(name, title, shape, capabilities, profile, charts, headline, nativeMatches);
        }
    }
}
