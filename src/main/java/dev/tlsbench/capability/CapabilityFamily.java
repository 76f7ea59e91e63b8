package dev.tlsbench.capability;

import java.util.List;

/**
 * One benchmark family's "who can do what": the owner axis (providers or TLS stacks), the
 * algorithm axis, and a probe that finds out by trying (a round trip, an agreement, a handshake),
 * never by a hand-kept table. Names are the JMH @Param names and enum constant names, so reports
 * can join a missing result to its reason.
 */
public interface CapabilityFamily<O extends Enum<O>, A extends Enum<A>> {

    /** The family's name, e.g. "record-aead". */
    String family();

    /** The @Param name of the owner axis: "provider" or "stack". */
    String ownerParam();

    /** The @Param name of the algorithm axis, e.g. "aead". */
    String algorithmParam();

    List<O> owners();

    List<A> algorithms();

    /** Tries {@code algorithm} on {@code owner}; must not leave global state (Security) changed. */
    Support probe(O owner, A algorithm);
}
