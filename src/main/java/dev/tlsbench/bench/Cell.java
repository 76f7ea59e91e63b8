package dev.tlsbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measurable combination: a benchmark method, one value per @Param and a thread count. Its
 * {@link #key()} is how results, states and reports refer to it; params are kept in name order,
 * as JMH orders them.
 */
public record Cell(String benchmark, Map<String, String> params, int threads) {

    public Cell {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(params)));
    }

    /** "dev.tlsbench.record.AeadRecordBench.seal aead=AES_128_GCM buffer=DIRECT provider=JDK size=16384" (+ " t=2"). */
    public String key() {
        StringBuilder sb = new StringBuilder(benchmark);
        params.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        if (threads != 1) {
            sb.append(" t=").append(threads);
        }
        return sb.toString();
    }

    /**
     * Every cell of {@code methods} (simple names of {@code benchmarkClass}) over the cross product of
     * the axes' values, at {@code threads}: methods outermost, then the axes in their order.
     */
    public static List<Cell> product(String benchmarkClass, List<String> methods, Map<String, List<String>> axes, int threads) {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : axes.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : axis.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(c);
                    m.put(axis.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Cell> cells = new ArrayList<>();
        for (String m : methods) {
            for (Map<String, String> c : combos) {
                cells.add(new Cell(benchmarkClass + "." + m, c, threads));
            }
        }
        return cells;
    }

    /** The method's simple name, e.g. "seal". */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return key();
    }
}
