package dev.tlsbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross product of benchmark methods and @Param values, at one thread count: the cells one JMH
 * invocation measures. A method list or an axis left out means all of it.
 */
public record CellSet(List<String> methods, Map<String, List<String>> params, int threads) {

    public CellSet {
        methods = List.copyOf(methods);
        params = Map.copyOf(params);
    }

    /** These methods (none: every @Benchmark method of the family) over every value of every axis. */
    public static CellSet of(String... methods) {
        return new CellSet(List.of(methods), Map.of(), 1);
    }

    /** Every method over every value of every axis. */
    public static CellSet all() {
        return of();
    }

    /** Restricts one axis to {@code values}: enum constants, numbers or strings, as -p spells them. */
    public CellSet where(String param, Object... values) {
        List<String> spelled = new ArrayList<>();
        for (Object v : values) {
            spelled.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
        }
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put(param, List.copyOf(spelled));
        return new CellSet(methods, p, threads);
    }

    /** The same cells with {@code t} JMH threads (each thread with its own state). */
    public CellSet threads(int t) {
        return new CellSet(methods, params, t);
    }
}
