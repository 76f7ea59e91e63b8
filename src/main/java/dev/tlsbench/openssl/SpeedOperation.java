package dev.tlsbench.openssl;

import java.util.Locale;

/**
 * The operations {@link OpenSslSpeed} times: seal and open a record (an AEAD's TLS-like sequence),
 * sign and verify (for RSA: the private- and the public-key operation), derive a shared secret.
 */
public enum SpeedOperation {
    SEAL, OPEN, SIGN, VERIFY, DERIVE;

    /** As speed.json names it ("sign"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
