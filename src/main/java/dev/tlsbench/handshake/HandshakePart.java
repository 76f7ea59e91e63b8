package dev.tlsbench.handshake;

import java.security.GeneralSecurityException;
import java.util.function.Consumer;

/**
 * One part of a side's work in one handshake (its key exchange, the certificate's signature, the
 * server's signature). Every result goes to the sink, so nothing is dead code; setup runs the same
 * part with a {@link Recorded} sink to prove what it computes.
 */
@FunctionalInterface
interface HandshakePart {

    /** Does nothing: a side with no such part (TLS_RSA signs nothing; only the client checks the chain). */
    HandshakePart NONE = sink -> { };

    void run(Consumer<Object> sink) throws GeneralSecurityException;
}
