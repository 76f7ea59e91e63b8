package dev.tlsbench.kem;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * ML-KEM on one provider: its KeyPairGenerator and the first KEM API that works there
 * (javax.crypto.KEM, else BouncyCastle's KeyGenerator specs).
 */
public final class MlKem implements KemEngine {

    private final ProviderSet provider;
    private final String algorithm;
    private final KeyPairGenerator generator;
    private final MlKemApi api;
    private KeyFactory keyFactory;

    /** @throws Unsupported naming what was tried, when the provider cannot do all three operations */
    public MlKem(ProviderSet provider, MlKemParameterSet parameters) {
        this.provider = provider;
        this.algorithm = parameters.jcaName();
        this.generator = Jca.keyPairGenerator(provider, algorithm);
        this.api = openApi(provider, algorithm, generator.generateKeyPair());
    }

    private static MlKemApi openApi(ProviderSet provider, String algorithm, KeyPair sample) {
        Unsupported standard;
        try {
            return JavaxKemApi.open(provider, algorithm, sample);
        } catch (Unsupported u) {
            standard = u;
        }
        try {
            return BcSpecKemApi.open(provider, algorithm);
        } catch (Unsupported u) {
            throw new Unsupported(provider.label() + " has no usable " + algorithm + " KEM: "
                    + standard.getMessage() + "; " + u.getMessage());
        }
    }

    @Override
    public KemKeyPair generateKeyPair() {
        return new KemKeyPair(generator.generateKeyPair(), null);
    }

    @Override
    public Encapsulated encapsulate(KemPublicKey peer) {
        byte[][] r = api.encapsulate(peer.mlKem());
        return new Encapsulated(r[0], new KemCiphertext(r[1], null));
    }

    @Override
    public byte[] decapsulate(KemKeyPair own, KemCiphertext ciphertext) {
        return api.decapsulate(own.mlKem().getPrivate(), ciphertext.mlKem());
    }

    /** Encapsulation to a bare ML-KEM public key: {shared secret, ciphertext}. */
    public byte[][] encapsulate(PublicKey peer) {
        return api.encapsulate(peer);
    }

    /** Decapsulation with a bare ML-KEM private key. */
    public byte[] decapsulate(PrivateKey own, byte[] ciphertext) {
        return api.decapsulate(own, ciphertext);
    }

    @Override
    public String api() {
        return api.name();
    }

    /** A public key decoded from X.509 by this provider's KeyFactory (cross-provider tests). */
    public PublicKey decodePublic(byte[] x509) throws GeneralSecurityException {
        return keyFactory().generatePublic(new X509EncodedKeySpec(x509));
    }

    /** A private key decoded from PKCS#8 by this provider's KeyFactory (test vectors). */
    public PrivateKey decodePrivate(byte[] pkcs8) throws GeneralSecurityException {
        return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private KeyFactory keyFactory() {
        if (keyFactory == null) {
            keyFactory = Jca.keyFactory(provider, algorithm, "ML-KEM");
        }
        return keyFactory;
    }
}
