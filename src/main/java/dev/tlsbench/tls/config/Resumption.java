package dev.tlsbench.tls.config;

import dev.tlsbench.bench.Labeled;

/**
 * Whether the measured handshake is a full one or resumes an earlier session. TLS 1.2 resumes
 * by session ID (or a session ticket, where the stack's client sends one); TLS 1.3 by a PSK from
 * a NewSessionTicket, with a fresh (EC)DHE exchange (psk_dhe_ke). docs/sslengine.md says which
 * each stack uses.
 */
public enum Resumption implements Labeled {
    FULL("full"),
    RESUMED("resumed");

    private final String label;

    Resumption(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
