package dev.tlsbench.kdf;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.provider.ProviderSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * The key derivation of the TLS 1.3 key schedule: the {@code kdf} axis. HKDF-SHA256 is the hash of
 * TLS_AES_128_GCM_SHA256 and TLS_CHACHA20_POLY1305_SHA256; its schedule derives 16-byte AES keys.
 */
public enum Kdf implements Labeled, Accelerated {

    HKDF_SHA256("HKDF-SHA256", "SHA256", 32, 16, "hkdf_sha256_test.json");

    private final String label;
    private final String hash;
    private final int hashLength;
    private final int keyLength;
    private final String vectorFile;

    Kdf(String label, String hash, int hashLength, int keyLength, String vectorFile) {
        this.label = label;
        this.hash = hash;
        this.hashLength = hashLength;
        this.keyLength = keyLength;
        this.vectorFile = vectorFile;
    }

    @Override
    public String label() {
        return label;
    }

    /** The Wycheproof file of this HKDF, or null. */
    public String vectorFile() {
        return vectorFile;
    }

    /** Hash output length: the length of every secret of the schedule. */
    public int hashLength() {
        return hashLength;
    }

    /** Length of the record-protection keys the schedule derives (TLS_AES_128_GCM_SHA256). */
    public int keyLength() {
        return keyLength;
    }

    /** @throws dev.tlsbench.provider.Unsupported when the provider has no HKDF with this hash */
    public Hkdf hkdf(ProviderSet provider) {
        return Hkdf.open(provider, hash);
    }

    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case HKDF_SHA256 -> EnumSet.of(Acceleration.SHA2);
        };
    }
}
