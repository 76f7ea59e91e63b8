package dev.tlsbench.results;

/**
 * What the report needs to know of one owner constant (a JCA provider, a TLS stack, a stack pair).
 *
 * @param crypto the JCA provider whose crypto it runs (JDK for SunJSSE): speed-ups are relative to JDK
 * @param warmup its warmup need (JIT: bytecode to compile; NATIVE: native code, little to warm)
 */
public record OwnerFacts(String crypto, String warmup) {
}
