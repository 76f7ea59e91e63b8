package dev.tlsbench.auth;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.Key;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.Cipher;

/** An RSA cipher of the provider under test, initialized with the padding's explicit parameters. */
final class RsaCiphers {

    private RsaCiphers() {
    }

    /**
     * Tries each spelling of the transformation; a spelling whose cipher refuses the parameters
     * (e.g. an OAEP that only does MGF1-SHA1) counts as not having it, so the next is tried.
     */
    static Cipher init(ProviderSet provider, RsaKeyTransport rsa, int mode, Key key) {
        return init(provider, rsa.transformations(), rsa.params(), mode, key);
    }

    /** As above with other parameters, e.g. an OAEP label of a test vector. */
    static Cipher init(ProviderSet provider, String[] transformations, AlgorithmParameterSpec params, int mode, Key key) {
        return Jca.checked(provider, (transformation, p) -> {
            Cipher cipher = Cipher.getInstance(transformation, p);
            if (params == null) {
                cipher.init(mode, key);
            } else {
                cipher.init(mode, key, params);
            }
            return cipher;
        }, Cipher::getProvider, "Cipher", transformations);
    }
}
