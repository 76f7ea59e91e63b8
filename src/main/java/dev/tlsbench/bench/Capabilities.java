package dev.tlsbench.bench;

import dev.tlsbench.provider.Owner;
import dev.tlsbench.verify.Composite;
import dev.tlsbench.verify.VectorSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Who can do what in one family, found by trying: the owner and algorithm axes, the probe (the
 * benchmark's own setup run on a cell's typed values, so it passes exactly when the benchmark
 * would run that cell) and the Wycheproof suites that vouch for the algorithms.
 */
public final class Capabilities {

    /**
     * The benchmark's one setup: from the benchmark's typed @Param values (an instance of its class
     * with them set) to the proven workload it times. Its @Setup and its capability probe both run
     * it; a workload that holds resources is AutoCloseable, and the probe closes it.
     */
    @FunctionalInterface
    public interface Setup<B> {
        Object prepare(B params) throws Exception;
    }

    private final BenchShape shape;
    private final String ownerParam;
    private final List<Owner> owners;
    private final String algorithmParam;
    private final List<Enum<?>> algorithms;
    private final Function<Cell, Support.Attempt> attempt;
    private final CellSet pairCells;
    private final List<VectorSuite> vectors;

    private Capabilities(BenchShape shape, String ownerParam, List<Owner> owners, String algorithmParam,
                         List<Enum<?>> algorithms, Function<Cell, Support.Attempt> attempt, CellSet pairCells,
                         List<VectorSuite> vectors) {
        this.shape = shape;
        this.ownerParam = ownerParam;
        this.owners = List.copyOf(owners);
        this.algorithmParam = algorithmParam;
        this.algorithms = List.copyOf(algorithms);
        this.attempt = attempt;
        this.pairCells = pairCells;
        this.vectors = List.copyOf(vectors);
    }

    /**
     * @param pairCells the cells of one owner x algorithm the matrix tries (the other axes' values;
     *                  all of them where left out): the pair is supported when each of them is
     */
    static <B, O extends Enum<O> & Owner, A extends Enum<A>> Capabilities of(
            BenchShape shape, Class<B> benchmark, Setup<B> setup, String ownerParam, Class<O> ownerType,
            String algorithmParam, Class<A> algorithmType, CellSet pairCells, List<VectorSuite> vectors) {
        Function<Cell, Support.Attempt> attempt = cell -> () -> {
            Object workload = setup.prepare(shape.withParams(benchmark, cell));
            if (workload instanceof AutoCloseable c) {
                c.close();
            }
        };
        return new Capabilities(shape, ownerParam, List.of(ownerType.getEnumConstants()), algorithmParam,
                List.of(algorithmType.getEnumConstants()), attempt, pairCells, vectors);
    }

    public String ownerParam() { return ownerParam; }
    public String algorithmParam() { return algorithmParam; }
    public List<Owner> owners() { return owners; }
    public List<Enum<?>> algorithms() { return algorithms; }
    public List<VectorSuite> vectors() { return vectors; }

    /** The owner constant named {@code name}; an unknown one is refused with the valid names. */
    public Owner owner(String name) {
        return owners.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                ownerParam + "=" + name + " is unknown; valid: " + owners.stream().map(Owner::name).toList()));
    }

    /** Whether the benchmark runs this very cell, by running its setup on the cell's values: what a run of it must come to. */
    public Support probe(Cell cell) {
        return Support.probe(attempt.apply(cell));
    }

    /** Whether {@code owner} can do {@code algorithm}: each of the pair's cells probed, the first that is not supported decides. */
    public Support probe(Owner owner, Enum<?> algorithm) {
        for (Cell c : pairCells(owner, algorithm)) {
            Support s = probe(c);
            if (!s.supported()) {
                return s;
            }
        }
        return Support.YES;
    }

    /** The cells the matrix tries for one owner x algorithm, one per combination of the other axes' probed values. */
    public List<Cell> pairCells(Owner owner, Enum<?> algorithm) {
        CellSet one = new CellSet(List.of(shape.methods().get(0)), pairCells.params(), 1)
                .where(ownerParam, owner.name()).where(algorithmParam, algorithm.name());
        return shape.expand(one);
    }

    /**
     * The primitives a value of the algorithm axis is made of: itself and, for a {@link Composite}
     * such as a handshake, its key exchange and signature. A correctness-gate failure of one of them
     * flags the cells of this value, and no others.
     */
    public Set<Enum<?>> primitivesOf(Enum<?> algorithm) {
        return Composite.closure(algorithm);
    }

    /** The descriptor's axes must be the class's: a mismatch is a bug, found at class load. */
    List<String> problems(Class<?> ownerType, Class<?> algorithmType) {
        List<String> problems = new ArrayList<>();
        requireAxis(problems, ownerParam, ownerType);
        requireAxis(problems, algorithmParam, algorithmType);
        problems.addAll(shape.problemsOf(pairCells));
        if (pairCells.params().containsKey(ownerParam) || pairCells.params().containsKey(algorithmParam)) {
            problems.add("the probed pair cells restrict " + ownerParam + " or " + algorithmParam + ": the matrix has every pair");
        }
        return problems;
    }

    private void requireAxis(List<String> problems, String param, Class<?> type) {
        if (!shape.axes().containsKey(param)) {
            problems.add("no @Param " + param + " (has " + shape.axes().keySet() + ")");
        } else if (shape.axisType(param) != type) {
            problems.add("@Param " + param + " is a " + shape.axisType(param).getSimpleName() + ", not a " + type.getSimpleName());
        }
    }
}
