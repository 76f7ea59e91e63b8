package dev.tlsbench.kem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

/**
 * The KeyGenerator-spec route MlKem falls back to on a Java 17 without javax.crypto.KEM. JDKs that
 * carry the KEM backport (Debian's 17.0.15) never take it, so it is tested here directly.
 */
class KexBcSpecKemApiTest {

    @Test
    void specRouteInteroperatesWithTheProvidersOtherMlKem() {
        MlKem reference = new MlKem(JcaProvider.BC, MlKemParameterSet.ML_KEM_768);
        BcSpecKemApi spec = BcSpecKemApi.open(JcaProvider.BC, "ML-KEM-768");
        KeyPair kp = reference.generateKeyPair().mlKem();
        byte[][] e = spec.encapsulate(kp.getPublic());
        assertArrayEquals(e[0], reference.decapsulate(kp.getPrivate(), e[1]));
        byte[][] f = reference.encapsulate(kp.getPublic());
        assertArrayEquals(f[0], spec.decapsulate(kp.getPrivate(), f[1]));
    }

    @Test
    void aProviderWithoutTheKeyGeneratorIsUnsupported() {
        assertThrows(Unsupported.class, () -> BcSpecKemApi.open(JcaProvider.ACCP, "ML-KEM-768"));
    }
}
