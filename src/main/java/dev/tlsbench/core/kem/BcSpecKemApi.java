package dev.tlsbench.core.kem;

import dev.tlsbench.provider.Attribution;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.KeyGenerator;
import org.bouncycastle.jcajce.SecretKeyWithEncapsulation;
import org.bouncycastle.jcajce.spec.KEMExtractSpec;
import org.bouncycastle.jcajce.spec.KEMGenerateSpec;

/**
 * ML-KEM through a KeyGenerator initialised with BouncyCastle's KEMGenerateSpec / KEMExtractSpec:
 * how BC serves KEMs on Java 17, which has no javax.crypto.KEM. The specs ask for the raw 32-byte
 * ML-KEM shared secret (no KDF), which is what TLS uses. Re-initialised per operation.
 */
final class BcSpecKemApi implements MlKemApi {

    /** The algorithm name BC gives the returned key; any name works, the bytes are the secret. */
    private static final String SECRET_ALGORITHM = "Generic";

    private final KeyGenerator encapsulator;
    private final KeyGenerator decapsulator;

    private BcSpecKemApi(KeyGenerator encapsulator, KeyGenerator decapsulator) {
        this.encapsulator = encapsulator;
        this.decapsulator = decapsulator;
    }

    /** @throws dev.tlsbench.provider.Unsupported when the provider has no such KeyGenerator */
    static BcSpecKemApi open(ProviderSet provider, String algorithm) {
        return new BcSpecKemApi(keyGenerator(provider, algorithm), keyGenerator(provider, algorithm));
    }

    private static KeyGenerator keyGenerator(ProviderSet provider, String algorithm) {
        KeyGenerator g = Jca.instance(provider, KeyGenerator::getInstance, algorithm);
        Attribution.require(provider, g.getProvider(), "KeyGenerator " + algorithm);
        return g;
    }

    @Override
    public byte[][] encapsulate(PublicKey peer) {
        try {
            encapsulator.init(new KEMGenerateSpec(peer, SECRET_ALGORITHM));
            SecretKeyWithEncapsulation k = (SecretKeyWithEncapsulation) encapsulator.generateKey();
            return new byte[][] {k.getEncoded(), k.getEncapsulation()};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("KEMGenerateSpec rejected: " + e, e);
        }
    }

    @Override
    public byte[] decapsulate(PrivateKey own, byte[] ciphertext) {
        try {
            decapsulator.init(new KEMExtractSpec(own, ciphertext, SECRET_ALGORITHM));
            return decapsulator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("KEMExtractSpec rejected: " + e, e);
        }
    }

    @Override
    public String name() {
        return "KeyGenerator with BouncyCastle KEMGenerateSpec/KEMExtractSpec";
    }
}
