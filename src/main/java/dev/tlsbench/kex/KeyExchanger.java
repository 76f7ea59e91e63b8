package dev.tlsbench.kex;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.KeyAgreement;

/**
 * One side of an (EC)DHE exchange on one provider: ephemeral key generation and the agreement of
 * an own private key with a peer's public value. Every JCA object comes from the provider under
 * test (checked by {@link dev.tlsbench.provider.Jca}); the KeyAgreement is initialised afresh for
 * every agreement, as the JCA contract requires. Not thread-safe: one per thread.
 */
public final class KeyExchanger {

    private final ProviderSet provider;
    private final KeyExchange kex;
    private final KeyPairGenerator generator;
    private final KeyAgreement agreement;
    private final byte[] secret;
    private KeyFactory keyFactory;

    /** @throws Unsupported when the provider cannot generate keys for, or agree in, this group */
    public KeyExchanger(ProviderSet provider, KeyExchange kex) {
        this.provider = provider;
        this.kex = kex;
        this.generator = kex.keyPairGenerator(provider);
        this.agreement = kex.keyAgreement(provider);
        this.secret = new byte[kex.secretLength()];
    }

    public ProviderSet provider() {
        return provider;
    }

    public KeyExchange kex() {
        return kex;
    }

    /** A fresh ephemeral key pair (its public key is what TLS sends as the key share). */
    public KeyPair generateKeyPair() {
        return generator.generateKeyPair();
    }

    /**
     * The shared secret of {@code own} with {@code peer}: init, doPhase, generateSecret.
     *
     * @return this exchanger's secret buffer of {@link KeyExchange#secretLength()} bytes, overwritten by
     *         the next call (copy it to keep it)
     * @throws IllegalStateException when the provider rejects the keys or returns a secret of another
     *         length (an unpadded FFDHE secret would be wrong for TLS)
     */
    public byte[] agree(PrivateKey own, PublicKey peer) {
        try {
            agreement.init(own);
            agreement.doPhase(peer, true);
            int n = agreement.generateSecret(secret, 0);
            if (n != secret.length) {
                throw new IllegalStateException(provider.label() + " " + kex + " secret has " + n
                        + " bytes, TLS needs " + secret.length);
            }
            return secret;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(provider.label() + " " + kex + " agreement failed: " + e, e);
        }
    }

    /**
     * One side of an exchange: a fresh key pair, then its agreement with {@code peer}.
     *
     * @return the shared secret, as {@link #agree}
     */
    public byte[] generateAndAgree(PublicKey peer) {
        return agree(generateKeyPair().getPrivate(), peer);
    }

    /**
     * A public key decoded by this provider's KeyFactory from its X.509 encoding, e.g. one made by
     * another provider.
     *
     * @throws Unsupported when the provider has no KeyFactory for the group
     * @throws GeneralSecurityException when it rejects the encoding
     */
    public PublicKey decodePublic(byte[] x509) throws GeneralSecurityException {
        if (keyFactory == null) {
            keyFactory = kex.keyFactory(provider);
        }
        return keyFactory.generatePublic(new X509EncodedKeySpec(x509));
    }
}
