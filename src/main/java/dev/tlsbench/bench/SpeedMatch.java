package dev.tlsbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which {@code openssl speed} measurement the cells of a method at some axis values compare with,
 * declared by the family from its constants (a {@code nativeSpeed()} of the constant) and carried
 * to the report in plan.json, which matches cells on it without knowing any constant: the same
 * primitive, the same operation and, for an AEAD, the same message size.
 *
 * @param method     the @Benchmark method
 * @param at         the axis values a cell must have (constant names, as -p spells them); other axes are open
 * @param bytesParam the axis whose value is the message size measured at, or null for a public-key
 *                   operation (openssl speed times those without a size)
 * @param algorithm  as openssl speed names it ("RSA-2048")
 * @param operation  as openssl speed's measurement names it ("sign")
 */
public record SpeedMatch(String method, Map<String, String> at, String bytesParam, String algorithm, String operation) {

    public SpeedMatch {
        at = at == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(at));
    }

    /** Cells of {@code method} compare with openssl speed's {@code algorithm} {@code operation}; fix axes with {@link #at}. */
    public static SpeedMatch of(String method, String algorithm, String operation) {
        return new SpeedMatch(method, Map.of(), null, algorithm, operation);
    }

    /** The same match, for cells at {@code axis} = {@code value} (an enum constant or a number). */
    public SpeedMatch at(String axis, Object value) {
        Map<String, String> m = new LinkedHashMap<>(at);
        m.put(axis, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        return new SpeedMatch(method, m, bytesParam, algorithm, operation);
    }

    /** The same match, at the message size a cell's {@code axis} gives (an AEAD's record size). */
    public SpeedMatch sizedBy(String axis) {
        return new SpeedMatch(method, at, axis, algorithm, operation);
    }

    /** Whether a cell of {@code cellMethod} at {@code params} is one this match names. */
    public boolean matches(String cellMethod, Map<String, String> params) {
        return method.equals(cellMethod) && at.entrySet().stream().allMatch(e -> e.getValue().equals(params.get(e.getKey())));
    }

    /** Problems against the benchmark: a method it lacks, an axis or a value it does not have, a size axis it lacks. */
    List<String> problems(BenchShape shape) {
        CellSet cells = CellSet.of(method);
        for (Map.Entry<String, String> e : at.entrySet()) {
            cells = cells.where(e.getKey(), e.getValue());
        }
        List<String> problems = new ArrayList<>(shape.problemsOf(cells));
        if (bytesParam != null && !shape.axes().containsKey(bytesParam)) {
            problems.add("native match sized by " + bytesParam + ", which is not a @Param");
        }
        return problems;
    }
}
