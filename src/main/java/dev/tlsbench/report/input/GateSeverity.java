package dev.tlsbench.report.input;

import dev.tlsbench.results.Probes;
import java.util.Set;

/**
 * How much a correctness-gate finding can matter to a TLS connection: SECURITY ("!") when a peer
 * could use it (a forged, malleable or modified signature accepted, a wrong shared secret or
 * decryption, an invalid curve point taken), LENIENCY (the lighter mark) when it is a legacy
 * leniency Wycheproof itself rates harmless, or the provider refuses a valid input (a handshake
 * that fails, visibly, rather than one that is weakened). Judged per group of failed vectors from
 * what the provider did and Wycheproof's bug types; whatever the gate could not classify (a run
 * that listed only some of its failures, an unknown bug type) counts as SECURITY, as every finding
 * did before bug types were recorded.
 */
public enum GateSeverity {
    // most severe first: the order is the severity (HeadlineValues takes the minimum)
    SECURITY, LENIENCY;

    /**
     * Bug types whose acceptance on an invalid vector is LENIENCY; every other type is SECURITY.
     * <ul>
     *   <li>LEGACY: Wycheproof: "typically leads to no vulnerability", e.g. an ECDSA DER integer without
     *       its leading zero (MissingZero), or an RSA DigestInfo without its NULL: the same signature,
     *       badly encoded, that a re-encoding makes correct.</li>
     *   <li>BER_ENCODING: another BER encoding of the same signature values; nothing in TLS uses a
     *       signature's bytes as an identifier, so its malleability gives a peer nothing.</li>
     *   <li>FUNCTIONALITY: a feature the provider may or may not have (IV sizes other than 12 bytes,
     *       compressed points, an OAEP label); TLS never sends those.</li>
     *   <li>MISSING_PARAMETER: an encoding that leaves out a parameter (the cofactor of explicit curve
     *       parameters); strictness of the encoding, not of the arithmetic.</li>
     * </ul>
     * SECURITY, with why: AUTH_BYPASS (a forged signature or tag), SIGNATURE_MALLEABILITY and
     * MALLEABILITY (a second valid signature or encoding of one: RFC 8032 requires Ed25519 to refuse
     * them), CONFIDENTIALITY (invalid-curve attacks, padding oracles: leaks a key or plaintext),
     * KNOWN_BUG (a reproduced CVE), MODIFIED_PARAMETER (a key with a changed curve, order or
     * generator: can leak the private key), CAN_OF_WORMS (Wycheproof: "unclear if the modification
     * can be used to forge signatures": not ruled out), EDGE_CASE and BASIC (an arithmetic error
     * that took an input it should not have), MISSING_STEP, WRONG_PRIMITIVE, WEAK_PARAMS, DEFINED
     * (behaviour an RFC defines, e.g. X25519's all-zero secret that TLS 1.3 requires refusing),
     * UNKNOWN and any type this build does not know.
     */
    private static final Set<String> LENIENT_BUG_TYPES = Set.of("LEGACY", "BER_ENCODING", "FUNCTIONALITY", "MISSING_PARAMETER");

    /**
     * Flags of inputs no TLS peer can hand the primitive: UnnamedCurve is a public key with explicit
     * curve parameters in its X.509 encoding, but (EC)DHE shares are bare points of a named group
     * (RFC 8446 4.2.8.2, RFC 8422 5.4) and RFC 5480 2.1.1 forbids explicit parameters in
     * certificates. Whatever a provider does with such a key, a TLS connection cannot reach it.
     */
    private static final Set<String> NOT_REACHABLE_FROM_TLS = Set.of("UnnamedCurve");

    /** The severity of one group of failed vectors. */
    public static GateSeverity of(Probes.GateFinding f) {
        if (f.flags().stream().anyMatch(v -> NOT_REACHABLE_FROM_TLS.contains(v.flag()))) {
            return LENIENCY;
        }
        if ("valid".equals(f.result())) {
            // refusing a valid input fails the handshake visibly; a wrong output is a wrong secret or plaintext
            return f.verdict() == Probes.GateVerdict.REFUSED ? LENIENCY : SECURITY;
        }
        if (f.verdict() != Probes.GateVerdict.EXPECTED) {
            // took an invalid input and computed something else from it: Wycheproof's "likely exploitable" case
            return SECURITY;
        }
        boolean lenient = !f.flags().isEmpty() && f.flags().stream().allMatch(v -> LENIENT_BUG_TYPES.contains(v.bugType()));
        return lenient ? LENIENCY : SECURITY;
    }

    /** The more severe of two. */
    GateSeverity max(GateSeverity other) {
        return this == SECURITY || other == SECURITY ? SECURITY : LENIENCY;
    }
}
