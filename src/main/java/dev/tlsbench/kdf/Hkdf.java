package dev.tlsbench.kdf;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;

/**
 * HKDF (RFC 5869) as one provider offers it: Extract and Expand as separate steps, as the TLS 1.3
 * key schedule uses them. Not thread-safe: one per thread.
 */
public interface Hkdf {

    /** HKDF-Extract: the pseudorandom key of {@code ikm} under {@code salt} (empty salt = hash-length zeros). */
    byte[] extract(byte[] salt, byte[] ikm);

    /** HKDF-Expand: {@code length} bytes of output keying material; throws when the length is too large. */
    byte[] expand(byte[] prk, byte[] info, int length);

    /** Which API reaches the provider's HKDF, for logs and docs. */
    String api();

    /**
     * The provider's HKDF for {@code hmac} (e.g. "SHA256"), through the first API that works there:
     * javax.crypto.KDF (Java 25), else a SecretKeyFactory taking ACCP's HkdfSpec. There is no HMAC
     * fallback: a provider without HKDF is unsupported.
     *
     * @throws Unsupported naming every API tried
     */
    static Hkdf open(ProviderSet provider, String hash) {
        Unsupported standard;
        try {
            return JavaxKdfHkdf.open(provider, "HKDF-" + hash);
        } catch (Unsupported u) {
            standard = u;
        }
        try {
            return AccpSpecHkdf.open(provider, "HkdfWithHmac" + hash);
        } catch (Unsupported u) {
            throw new Unsupported(provider.label() + " has no usable HKDF-" + hash + " with separate extract and expand: "
                    + standard.getMessage() + "; " + u.getMessage());
        }
    }
}
