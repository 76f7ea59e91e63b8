package dev.tlsbench.auth;

import dev.tlsbench.bench.Payloads;

/** TLS 1.2's RSA premaster secret (RFC 5246 7.4.7.1): client_version 3,3 then 46 random bytes. */
public final class Tls12Premaster {

    public static final int LENGTH = 48;

    private Tls12Premaster() {
    }

    /** A reproducible premaster: the version bytes, then 46 seeded bytes. */
    public static byte[] of(long seed) {
        byte[] pm = Payloads.bytes(LENGTH, seed);
        pm[0] = 3;
        pm[1] = 3;
        return pm;
    }
}
