package dev.tlsbench.provider;

/**
 * A constant of a family's owner axis (a JCA provider, a TLS stack): whose numbers a cell reports.
 */
public interface Owner {

    /** The constant's name, as in -p and in results. */
    String name();

    /** How long its code needs to warm up: decides the short profiles' timing. */
    Warmup warmup();

    /** The JCA provider whose crypto its results stand on: correctness-gate flags follow it. */
    JcaProvider crypto();
}
