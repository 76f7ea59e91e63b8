package dev.tlsbench.bench;

import java.util.LinkedHashMap;
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

    /** The method's simple name, e.g. "seal". */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return key();
    }
}
