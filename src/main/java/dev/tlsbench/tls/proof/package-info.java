/**
 * The proofs a stack x configuration passes before it is timed: handshakes checked on the wire
 * against the configuration, resumption, and which provider served the record cipher, key exchange
 * and signature (every JCA service recorded while the proof runs).
 */
package dev.tlsbench.tls.proof;
