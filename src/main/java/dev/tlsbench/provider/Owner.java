package dev.tlsbench.provider;

import java.util.Set;

/**
 * A constant of a family's owner axis (a JCA provider, a TLS stack, a client/server pair of
 * stacks): whose numbers a cell reports.
 */
public interface Owner {

    /** The constant's name, as in -p and in results. */
    String name();

    /** Its label, colour and marker in every chart and table of the report. */
    Look look();

    /** How long its code needs to warm up: decides the short profiles' timing. */
    Warmup warmup();

    /** The JCA provider whose crypto its results stand on: correctness-gate flags follow it. */
    JcaProvider crypto();

    /**
     * Every JCA provider its results stand on: {@link #crypto()} alone, except for an owner made of
     * two (a client stack against a server stack), whose cells a failure of either must flag.
     */
    default Set<JcaProvider> cryptos() {
        return Set.of(crypto());
    }
}
