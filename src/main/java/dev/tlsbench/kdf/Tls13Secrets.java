package dev.tlsbench.kdf;

/** The secrets and record keys one full TLS 1.3 handshake derives (RFC 8446 section 7.1 and 7.3). */
public record Tls13Secrets(byte[] earlySecret, byte[] handshakeSecret,
                           byte[] clientHandshakeTrafficSecret, byte[] serverHandshakeTrafficSecret,
                           byte[] masterSecret,
                           byte[] clientApplicationTrafficSecret, byte[] serverApplicationTrafficSecret,
                           TrafficKeys clientHandshake, TrafficKeys serverHandshake,
                           TrafficKeys clientApplication, TrafficKeys serverApplication) {

    /** The record-protection key and IV derived from one traffic secret. */
    public record TrafficKeys(byte[] key, byte[] iv) {
    }
}
