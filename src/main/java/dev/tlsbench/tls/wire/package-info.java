/**
 * Reading a captured handshake the way a packet capture shows it: what the plaintext hellos (and a
 * TLS 1.2 ServerKeyExchange) say was negotiated, independent of what a stack reports about itself.
 */
package dev.tlsbench.tls.wire;
