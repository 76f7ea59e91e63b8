package dev.tlsbench.kdf;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.util.Arrays;

/**
 * Wycheproof HKDF-SHA256 vectors through the {@link Hkdf} KeyScheduleBench uses: okm =
 * Expand(Extract(salt, ikm), info, size). The invalid vectors ask for more than 255 hash lengths.
 */
public record HkdfVectors() implements VectorSuite {

    @Override
    public String file() {
        return "hkdf_sha256_test.json";
    }

    @Override
    public String algorithmParam() {
        return "kdf";
    }

    @Override
    public String algorithm() {
        return Kdf.HKDF_SHA256.name();
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        Hkdf hkdf = Kdf.HKDF_SHA256.hkdf(provider);
        return VectorRunner.run(provider.label(), file(), t -> {
            byte[] prk = hkdf.extract(Wycheproof.hex(t.get("salt")), Wycheproof.hex(t.get("ikm")));
            byte[] okm = hkdf.expand(prk, Wycheproof.hex(t.get("info")), t.get("size").asInt());
            return Arrays.equals(okm, Wycheproof.hex(t.get("okm")));
        });
    }
}
