package dev.tlsbench.kex;

import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.openssl.SpeedAlgorithm;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.Der;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.KeyAgreement;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;

/**
 * The (EC)DHE groups of a TLS key exchange: the {@code kex} axis. Each constant carries every fact
 * the suite needs: the JCA names providers use for its family, the parameters that select the
 * group, its size, the length of the secret TLS takes from it, how to tell that a public key
 * really is in the group (a provider that silently picks another group is caught), and the
 * Wycheproof file that vouches for it. Adding a group is adding a constant (and its vector file).
 */
public enum KeyExchange implements Labeled, Accelerated {

    /**
     * RFC 7919 ffdhe2048 with a 225-bit private exponent: the short exponent RFC 7919 section 5.2
     * recommends. Set explicitly because the defaults differ (JDK 17 1024 bits, BC the full 2048)
     * and would measure different work; setup checks every provider honours it.
     */
    FFDHE2048("ffdhe2048", Family.FFDHE, new DHParameterSpec(Rfc7919.FFDHE2048_P, Rfc7919.GENERATOR, 225), 2048, null),

    /** RFC 7919 ffdhe3072 with a 275-bit private exponent (RFC 7919 section 5.2). */
    FFDHE3072("ffdhe3072", Family.FFDHE, new DHParameterSpec(Rfc7919.FFDHE3072_P, Rfc7919.GENERATOR, 275), 3072, null),

    P256("P-256", Family.EC, new ECGenParameterSpec("secp256r1"), 256, "ecdh_secp256r1_test.json"),

    P384("P-384", Family.EC, new ECGenParameterSpec("secp384r1"), 384, "ecdh_secp384r1_test.json"),

    /** No Wycheproof file in the suite yet: its proofs are agreement of both sides and the group check. */
    P521("P-521", Family.EC, new ECGenParameterSpec("secp521r1"), 521, null),

    /** AlgorithmIdentifier 1.3.101.110 (RFC 8410). */
    X25519("X25519", Family.XDH, NamedParameterSpec.X25519, 255, "x25519_test.json", "2b656e"),

    /** AlgorithmIdentifier 1.3.101.111 (RFC 8410). */
    X448("X448", Family.XDH, NamedParameterSpec.X448, 448, "x448_test.json", "2b656f");

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

    private final String label;
    private final Family family;
    private final AlgorithmParameterSpec spec;
    private final int bits;
    private final String vectorFile;
    /** XDH only: the key's AlgorithmIdentifier OID as a DER TLV. */
    private final byte[] oid;

    KeyExchange(String label, Family family, AlgorithmParameterSpec spec, int bits, String vectorFile) {
        this(label, family, spec, bits, vectorFile, null);
    }

    KeyExchange(String label, Family family, AlgorithmParameterSpec spec, int bits, String vectorFile, String oidHex) {
        this.label = label;
        this.family = family;
        this.spec = spec;
        this.bits = bits;
        this.vectorFile = vectorFile;
        this.oid = oidHex == null ? null : Der.tlv(Der.OID, HexFormat.of().parseHex(oidHex));
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Length in bytes of the shared secret TLS uses: the prime's or the field's length, FFDHE
     * left-padded to it (RFC 8446 s.7.4.1), X25519/X448 their u-coordinate.
     */
    public int secretLength() {
        return (bits + 7) / 8;
    }

    /** The Wycheproof file of this group, or null when the suite has none. */
    public String vectorFile() {
        return vectorFile;
    }

    /** True for finite-field groups, whose setup also checks the private exponent length. */
    public boolean isFiniteField() {
        return family == Family.FFDHE;
    }

    /** The private exponent length in bits this group's parameters ask for (finite-field groups only). */
    public int privateExponentBits() {
        return ((DHParameterSpec) spec).getL();
    }

    /** An XDH public key of this curve as X.509 (for keys that come raw, as in TLS key shares and vectors). */
    public byte[] x509OfRaw(byte[] raw) {
        requireXdh();
        return Der.x509(oid, raw);
    }

    /** An XDH private key of this curve as PKCS#8. */
    public byte[] pkcs8OfRaw(byte[] raw) {
        requireXdh();
        return Der.pkcs8(oid, Der.tlv(Der.OCTET_STRING, raw));
    }

    private void requireXdh() {
        if (family != Family.XDH) {
            throw new IllegalStateException(this + " keys are not raw XDH keys");
        }
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
                    && ec.getParams().getCurve().getField().getFieldSize() == bits
                    && ec.getParams().getOrder().bitLength() == bits;
            case XDH -> hasX509Prefix(key);
        };
    }

    /** An XDH key's encoding is this curve's SubjectPublicKeyInfo prefix and then the raw key. */
    private boolean hasX509Prefix(PublicKey key) {
        byte[] enc = key.getEncoded();
        byte[] expected = x509OfRaw(new byte[secretLength()]);
        int prefix = expected.length - secretLength();
        return enc != null && enc.length == expected.length && Arrays.equals(enc, 0, prefix, expected, 0, prefix);
    }

    @Override
    public Set<Acceleration> acceleration() {
        return switch (this) {
            case FFDHE2048, FFDHE3072 -> EnumSet.of(Acceleration.BIG_NUMBERS);
            case P256, P384, P521, X25519, X448 -> EnumSet.of(Acceleration.ELLIPTIC_CURVES);
        };
    }

    /** What openssl speed measures of it, or empty: ECDH's derive of P-256 and X25519 (the shared secret, no key generation). */
    public Optional<SpeedAlgorithm> nativeSpeed() {
        return switch (this) {
            case P256 -> Optional.of(SpeedAlgorithm.ECDH_P256);
            case X25519 -> Optional.of(SpeedAlgorithm.X25519);
            case FFDHE2048, FFDHE3072, P384, P521, X448 -> Optional.empty();
        };
    }
}
