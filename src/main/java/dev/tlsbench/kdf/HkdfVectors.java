package dev.tlsbench.kdf;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.util.Arrays;
import java.util.List;

/**
 * Wycheproof HKDF-SHA256 vectors through the {@link Hkdf} KeyScheduleBench uses: okm =
 * Expand(Extract(salt, ikm), info, size). The invalid vectors ask for more than 255 hash lengths.
 */
public record HkdfVectors(Kdf kdf) implements VectorSuite {

    /** One suite per KDF that names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(Kdf.values()).filter(k -> k.vectorFile() != null).<VectorSuite>map(HkdfVectors::new).toList();
    }

    @Override
    public String file() {
        return kdf.vectorFile();
    }

    @Override
    public Kdf algorithm() {
        return kdf;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        Hkdf hkdf = kdf.hkdf(provider);
        return VectorRunner.run(provider.label(), file(), t -> {
            byte[] prk = hkdf.extract(Wycheproof.hex(t.get("salt")), Wycheproof.hex(t.get("ikm")));
            byte[] okm = hkdf.expand(prk, Wycheproof.hex(t.get("info")), t.get("size").asInt());
            return Arrays.equals(okm, Wycheproof.hex(t.get("okm")));
        });
    }
}
