package dev.tlsbench.handshake;

import dev.tlsbench.bench.Labeled;

/** Which end of a TLS handshake: the {@code side} axis of HandshakeCostBench. */
public enum Side implements Labeled {
    CLIENT("client"),
    SERVER("server");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
