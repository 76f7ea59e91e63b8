package dev.tlsbench.auth;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Long-term key pairs (a certificate's key) made by the provider under test, never borrowed from
 * another provider. One pair per provider and key type per JVM: an RSA-4096 key takes seconds to
 * generate, and a server's certificate key is long-lived anyway.
 */
public final class KeyPairs {

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): SEQUENCE, AlgorithmIdentifier 1.3.101.112, BIT STRING. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private static final Map<ProviderSet, Map<KeyType, KeyPair>> CACHE = new ConcurrentHashMap<>();
    private static final Map<ProviderSet, Map<KeyType, KeyPair>> ISSUERS = new ConcurrentHashMap<>();

    private KeyPairs() {
    }

    /** The provider's key pair of this type, generated on first use. */
    public static KeyPair of(ProviderSet provider, KeyType type) {
        return CACHE.computeIfAbsent(provider, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(type, t -> generate(provider, t));
    }

    /** The provider's CA key pair of this type (another key than {@link #of}'s), generated on first use. */
    public static KeyPair issuer(ProviderSet provider, KeyType type) {
        return ISSUERS.computeIfAbsent(provider, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(type, t -> generate(provider, t));
    }

    /** A fresh key pair; {@link Unsupported} when the provider cannot generate this type. */
    public static KeyPair generate(ProviderSet provider, KeyType type) {
        KeyPairGenerator g = Jca.checked(provider, (name, p) -> {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance(name, p);
            if (type.params() != null) {
                kpg.initialize(type.params());
            }
            return kpg;
        }, KeyPairGenerator::getProvider, "KeyPairGenerator", type.generatorNames());
        KeyPair pair = g.generateKeyPair();
        if (type == KeyType.ED25519 && !isEd25519(pair.getPublic().getEncoded())) {
            throw new Unsupported(provider.label() + "'s " + g.getAlgorithm() + " generator made a "
                    + pair.getPublic().getAlgorithm() + " key that is not Ed25519");
        }
        return pair;
    }

    /**
     * A public key as {@code provider} reads it from its X.509 encoding: how a TLS peer gets the
     * key of a certificate, and how a provider is handed a key another provider made. A provider
     * without a KeyFactory for Ed25519 gets a provider-neutral {@link Ed25519PublicKey}.
     */
    public static PublicKey imported(ProviderSet provider, KeyType type, byte[] x509) {
        KeyFactory f;
        try {
            f = Jca.keyFactory(provider, type.generatorNames());
        } catch (Unsupported noKeyFactory) {
            if (type == KeyType.ED25519) {
                return new Ed25519PublicKey(x509);
            }
            throw noKeyFactory;
        }
        try {
            return f.generatePublic(new X509EncodedKeySpec(x509));
        } catch (Exception e) {
            throw new Unsupported(provider.label() + " cannot read this " + type + " public key", e);
        }
    }

    static boolean isEd25519(byte[] der) {
        return der != null && der.length == ED25519_SPKI_PREFIX.length + 32
                && Arrays.equals(der, 0, ED25519_SPKI_PREFIX.length, ED25519_SPKI_PREFIX, 0, ED25519_SPKI_PREFIX.length);
    }
}
