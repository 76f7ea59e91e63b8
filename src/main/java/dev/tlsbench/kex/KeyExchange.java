package dev.tlsbench.kex;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;

/**
 * The (EC)DHE groups of a TLS key exchange: the {@code kex} axis. Each constant knows the JCA names
 * providers use for it, the parameters that select the group, and how to tell that a generated
 * public key really is in that group (a provider that silently picks another group is caught).
 */
public enum KeyExchange {

    /**
     * RFC 7919 ffdhe2048 with a 225-bit private exponent: the short exponent RFC 7919 section 5.2
     * recommends. Set explicitly because the defaults differ (JDK 17 1024 bits, BC the full 2048)
     * and would measure different work.
     */
    FFDHE2048(Family.FFDHE, new DHParameterSpec(Rfc7919.FFDHE2048_P, Rfc7919.GENERATOR, 225), 256, null),

    /** RFC 7919 ffdhe3072 with a 275-bit private exponent (RFC 7919 section 5.2). */
    FFDHE3072(Family.FFDHE, new DHParameterSpec(Rfc7919.FFDHE3072_P, Rfc7919.GENERATOR, 275), 384, null),

    P256(Family.EC, new ECGenParameterSpec("secp256r1"), 32, null),

    P384(Family.EC, new ECGenParameterSpec("secp384r1"), 48, null),

    /** X.509 SubjectPublicKeyInfo prefix: AlgorithmIdentifier 1.3.101.110, BIT STRING of 32 bytes. */
    X25519(Family.XDH, NamedParameterSpec.X25519, 32, "302a300506032b656e032100"),

    /** X.509 SubjectPublicKeyInfo prefix: AlgorithmIdentifier 1.3.101.111, BIT STRING of 56 bytes. */
    X448(Family.XDH, NamedParameterSpec.X448, 56, "3042300506032b656f033900");

    /** How a family is named in the JCA: providers spell the same algorithm differently. */
    private enum Family {
        FFDHE(new String[] {"DH", "DiffieHellman"}, new String[] {"DH", "DiffieHellman"}),
        EC(new String[] {"EC"}, new String[] {"ECDH"}),
        /** The curve's own name first ("X25519"); the generic "XDH" takes the curve as a spec. */
        XDH(null, null);

        private final String[] generatorNames;
        private final String[] agreementNames;

        Family(String[] generatorNames, String[] agreementNames) {
            this.generatorNames = generatorNames;
            this.agreementNames = agreementNames;
        }
    }

    private final Family family;
    private final AlgorithmParameterSpec spec;
    private final int secretLength;
    private final byte[] x509Prefix;

    KeyExchange(Family family, AlgorithmParameterSpec spec, int secretLength, String x509Prefix) {
        this.family = family;
        this.spec = spec;
        this.secretLength = secretLength;
        this.x509Prefix = x509Prefix == null ? null : HexFormat.of().parseHex(x509Prefix);
    }

    /** Length in bytes of the shared secret TLS uses: for FFDHE left-padded to the prime's length (RFC 8446 s.7.4.1). */
    public int secretLength() {
        return secretLength;
    }

    /** The JCA names of this group's algorithm; XDH curves go by their own name or by "XDH". */
    private String[] names(String[] familyNames) {
        return familyNames != null ? familyNames : new String[] {name(), "XDH"};
    }

    /**
     * A key pair generator of {@code provider} set up for this group.
     *
     * <p>Conscrypt's "X25519" generator accepts no parameter spec at all. A generator asked for by
     * the curve's own name needs none (the name fixes the curve), so for X25519/X448 that name is
     * tried first and used as it is if it rejects the spec; only the generic "XDH" must take the
     * spec. {@link #isGroupOf} then proves the keys either makes.
     *
     * @throws Unsupported when the provider has no generator for this group
     */
    public KeyPairGenerator keyPairGenerator(ProviderSet provider) {
        if (family != Family.XDH) {
            return initialized(Jca.keyPairGenerator(provider, family.generatorNames), provider);
        }
        KeyPairGenerator named;
        try {
            named = Jca.keyPairGenerator(provider, name());
        } catch (Unsupported noNamed) {
            try {
                return initialized(Jca.keyPairGenerator(provider, "XDH"), provider);
            } catch (Unsupported noGeneric) {
                throw new Unsupported(noNamed.getMessage() + "; " + noGeneric.getMessage());
            }
        }
        try {
            named.initialize(spec);
        } catch (InvalidAlgorithmParameterException | RuntimeException e) {
            // the curve's name already selects the curve: keep the generator's own setup
        }
        return named;
    }

    private KeyPairGenerator initialized(KeyPairGenerator g, ProviderSet provider) {
        try {
            g.initialize(spec);
            return g;
        } catch (InvalidAlgorithmParameterException | RuntimeException e) {
            throw new Unsupported(provider.label() + "'s " + g.getAlgorithm()
                    + " KeyPairGenerator rejects the parameters of " + this, e);
        }
    }

    public KeyAgreement keyAgreement(ProviderSet provider) {
        return Jca.keyAgreement(provider, names(family.agreementNames));
    }

    /** The provider's KeyFactory for this group's keys (decoding X.509 / PKCS#8 encodings). */
    public KeyFactory keyFactory(ProviderSet provider) {
        return Jca.keyFactory(provider, names(family.generatorNames));
    }

    /** True when {@code key} is a public key of exactly this group. */
    public boolean isGroupOf(PublicKey key) {
        return switch (family) {
            case FFDHE -> key instanceof DHPublicKey dh
                    && dh.getParams().getP().equals(((DHParameterSpec) spec).getP())
                    && dh.getParams().getG().equals(((DHParameterSpec) spec).getG());
            case EC -> key instanceof ECPublicKey ec
                    && ec.getParams().getCurve().getField().getFieldSize() == secretLength * 8
                    && ec.getParams().getOrder().bitLength() == secretLength * 8;
            case XDH -> hasX509Prefix(key);
        };
    }

    private boolean hasX509Prefix(PublicKey key) {
        byte[] enc = key.getEncoded();
        return enc != null && enc.length == x509Prefix.length + secretLength
                && Arrays.equals(enc, 0, x509Prefix.length, x509Prefix, 0, x509Prefix.length);
    }
}
