package dev.tlsbench.provider;

import java.util.Set;

/**
 * A constant of a family's owner axis (a JCA provider, a TLS stack, a client/server pair of
 * stacks): whose numbers a cell reports.
 */
public interface Owner {

    /** The constant's name, as in -p and in results. */
    String name();

    /** How long its code needs to warm up: decides the short profiles' timing. */
    Warmup warmup();

    /**
     * The name of the crypto its results stand on, as results record it: a JCA provider's constant
     * ("JDK" marks the owner speed-ups are relative to), or the native library of a stack whose
     * crypto is no JCA provider's (Netty's BoringSSL inside netty-tcnative).
     */
    String cryptoName();

    /**
     * Every JCA provider its results stand on: correctness-gate flags follow them. One, two for an
     * owner made of two (a client stack against a server stack), whose cells a failure of either must
     * flag; none for a stack whose crypto no JCA provider serves (no vector suite reaches it).
     */
    Set<JcaProvider> cryptos();
}
