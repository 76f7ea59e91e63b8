package dev.tlsbench.kem;

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
 * how BC serves KEMs on a Java 17 without javax.crypto.KEM. The specs must ask for the raw 32-byte
 * ML-KEM secret with {@code withNoKdf()}: their short constructors run it through a default KDF,
 * which still round-trips but is not the secret TLS uses (KexBcSpecKemApiTest caught it).
 * Re-initialised per operation.
 */
final class BcSpecKemApi implements MlKemApi {

    /** The algorithm name BC gives the returned key; any name works, the bytes are the secret. */
    private static final String SECRET_ALGORITHM = "Generic";

    /** ML-KEM's shared secret is 32 bytes. */
    private static final int SECRET_BITS = 256;

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
        return Jca.checked(provider, KeyGenerator::getInstance, KeyGenerator::getProvider, "KeyGenerator", algorithm);
    }

    @Override
    public byte[][] encapsulate(PublicKey peer) {
        try {
            encapsulator.init(new KEMGenerateSpec.Builder(peer, SECRET_ALGORITHM, SECRET_BITS).withNoKdf().build());
            SecretKeyWithEncapsulation k = (SecretKeyWithEncapsulation) encapsulator.generateKey();
            return new byte[][] {k.getEncoded(), k.getEncapsulation()};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("KEMGenerateSpec rejected: " + e, e);
        }
    }

    @Override
    public byte[] decapsulate(PrivateKey own, byte[] ciphertext) {
        try {
            decapsulator.init(new KEMExtractSpec.Builder(own, ciphertext, SECRET_ALGORITHM, SECRET_BITS).withNoKdf().build());
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
