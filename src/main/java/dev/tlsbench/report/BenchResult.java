package dev.tlsbench.report;

import java.util.Map;

/**
 * One JMH result: benchmark class (simple name), method, its @Param values, thread count, and the
 * primary score (ops/s) with its 99.9% error half-width (NaN when JMH had too few iterations).
 */
public record BenchResult(String benchClass, String method, Map<String, String> params, int threads,
                          double score, double error, String unit) {

    public String param(String name) {
        return params.get(name);
    }

    /** The owner axis of the result: a TLS stack for SSLEngine benchmarks, else the JCA provider. */
    public String owner() {
        return params.containsKey("stack") ? params.get("stack") : params.get("provider");
    }

    public String ownerParam() {
        return params.containsKey("stack") ? "stack" : "provider";
    }
}
