package dev.tlsbench.kdf;

import com.amazon.corretto.crypto.provider.HkdfSpec;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.spec.InvalidKeySpecException;
import javax.crypto.SecretKeyFactory;

/** HKDF through a SecretKeyFactory taking ACCP's HkdfSpec (extract and expand modes): how ACCP serves it on any JDK. */
final class AccpSpecHkdf implements Hkdf {

    private final SecretKeyFactory factory;
    private final String algorithm;

    private AccpSpecHkdf(SecretKeyFactory factory, String algorithm) {
        this.factory = factory;
        this.algorithm = algorithm;
    }

    static AccpSpecHkdf open(ProviderSet provider, String algorithm) {
        return new AccpSpecHkdf(Jca.checked(provider, SecretKeyFactory::getInstance, SecretKeyFactory::getProvider,
                "SecretKeyFactory", algorithm), algorithm);
    }

    @Override
    public byte[] extract(byte[] salt, byte[] ikm) {
        return derive(HkdfSpec.hkdfExtractSpec(ikm, salt, HkdfSpec.DEFAULT_ALGORITHM_NAME));
    }

    @Override
    public byte[] expand(byte[] prk, byte[] info, int length) {
        return derive(HkdfSpec.hkdfExpandSpec(prk, info, length, HkdfSpec.DEFAULT_ALGORITHM_NAME));
    }

    private byte[] derive(HkdfSpec spec) {
        try {
            return factory.generateSecret(spec).getEncoded();
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException(algorithm + " rejected the request: " + e, e);
        }
    }

    @Override
    public String api() {
        return "SecretKeyFactory " + algorithm + " with ACCP HkdfSpec";
    }
}
