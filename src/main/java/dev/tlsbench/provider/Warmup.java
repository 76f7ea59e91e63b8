package dev.tlsbench.provider;

/**
 * How long an owner's code runs before it reaches its steady speed, which decides how much warmup
 * the short profiles give its cells (BenchBase's full policy gives everyone the same).
 */
public enum Warmup {
    /** The work runs in native code (BoringSSL, AWS-LC): steady within a second of JVM start. */
    NATIVE,
    /** The work runs in Java: slow until C2 has compiled it and its intrinsics, which takes seconds. */
    JIT
}
