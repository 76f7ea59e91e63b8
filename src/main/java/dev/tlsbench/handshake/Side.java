package dev.tlsbench.handshake;

/** Which end of a TLS handshake: the {@code side} axis of HandshakeCostBench. */
public enum Side {
    CLIENT,
    SERVER
}
