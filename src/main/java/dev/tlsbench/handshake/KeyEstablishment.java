package dev.tlsbench.handshake;

import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;

/**
 * How a handshake establishes its shared secret: exactly one of RSA key transport (TLS 1.2
 * TLS_RSA_*), an ephemeral (EC)DH exchange, or a KEM. Each kind names the primitive behind it,
 * which is what a Wycheproof failure is matched against.
 */
public sealed interface KeyEstablishment {

    /** The axis constant of the primitive (an RsaKeyTransport, KeyExchange or Kem). */
    Enum<?> primitive();

    /** "RSA key transport", or the group's or KEM's name. */
    default String label() {
        return this instanceof RsaTransport ? "RSA key transport" : ((Labeled) primitive()).label();
    }

    /** The client encrypts the premaster secret to the server's RSA key. */
    record RsaTransport(RsaKeyTransport rsa) implements KeyEstablishment {
        @Override
        public Enum<?> primitive() {
            return rsa;
        }
    }

    /** Both sides make an ephemeral key pair in the group and agree. */
    record Ephemeral(KeyExchange group) implements KeyEstablishment {
        @Override
        public Enum<?> primitive() {
            return group;
        }
    }

    /** The client sends a KEM public key, the server encapsulates to it. */
    record Encapsulation(Kem kem) implements KeyEstablishment {
        @Override
        public Enum<?> primitive() {
            return kem;
        }
    }
}
