package dev.tlsbench.results;

import dev.tlsbench.provider.Marker;

/**
 * What the report needs to know of one owner constant (a JCA provider, a TLS stack, a stack pair).
 *
 * @param crypto the JCA provider whose crypto it runs (JDK for SunJSSE): speed-ups are relative to JDK
 * @param warmup its warmup need (JIT: bytecode to compile; NATIVE: native code, little to warm)
 * @param label  its name for people, in every chart and table
 * @param colour its colour in every chart, "#RRGGBB"
 * @param marker the shape of its points in every chart
 */
public record OwnerFacts(String crypto, String warmup, String label, String colour, Marker marker) {
}
