package dev.tlsbench.tls.config;

import dev.tlsbench.bench.Labeled;
import dev.tlsbench.handshake.KeyEstablishment.Encapsulation;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.handshake.KeyEstablishment;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.provider.Unsupported;

/**
 * A TLS named group with every fact the suite needs about it: its IANA code point as it appears on
 * the wire (supported_groups, key_share, ServerKeyExchange), the name the JSSE APIs use
 * (SunJSSE and BCJSSE share it), the name BoringSSL (Conscrypt) uses, and the key exchange or KEM
 * behind it. Adding a group is adding a constant here and the HandshakeConfig constants that use
 * it. {@link #NONE} is RSA key transport, which has no group.
 */
public enum TlsGroup implements Labeled {
    NONE("", -1, null, null),
    X25519("x25519", 0x001D, "X25519", new Ephemeral(KeyExchange.X25519)),
    SECP256R1("secp256r1", 0x0017, "P-256", new Ephemeral(KeyExchange.P256)),
    SECP384R1("secp384r1", 0x0018, "P-384", new Ephemeral(KeyExchange.P384)),
    SECP521R1("secp521r1", 0x0019, "P-521", new Ephemeral(KeyExchange.P521)),
    /** BoringSSL has no X448. */
    X448("x448", 0x001E, null, new Ephemeral(KeyExchange.X448)),
    /** BoringSSL has no finite-field groups. */
    FFDHE2048("ffdhe2048", 0x0100, null, new Ephemeral(KeyExchange.FFDHE2048)),
    FFDHE3072("ffdhe3072", 0x0101, null, new Ephemeral(KeyExchange.FFDHE3072)),
    X25519MLKEM768("X25519MLKEM768", 0x11EC, "X25519MLKEM768", new Encapsulation(Kem.X25519_MLKEM768));

    private final String jsseName;
    private final int codePoint;
    private final String boringSslName;
    private final KeyEstablishment keyEstablishment;

    TlsGroup(String jsseName, int codePoint, String boringSslName, KeyEstablishment keyEstablishment) {
        this.jsseName = jsseName;
        this.codePoint = codePoint;
        this.boringSslName = boringSslName;
        this.keyEstablishment = keyEstablishment;
    }

    /** The group's key exchange or KEM by its name for people; RSA key transport for {@link #NONE}. */
    @Override
    public String label() {
        return keyEstablishment == null ? "RSA key transport" : keyEstablishment.label();
    }

    /** The name the JSSE APIs use (jdk.tls.namedGroups, SSLParameters.setNamedGroups, BCSSLParameters). */
    public String jsseName() {
        return jsseName;
    }

    public int codePoint() {
        return codePoint;
    }

    /**
     * The name BoringSSL uses: Conscrypt.setNamedGroups and Conscrypt.getGroupName, Netty's OpenSslContextOption.GROUPS.
     *
     * @throws Unsupported when BoringSSL has no such group
     */
    public String boringSslName() {
        if (boringSslName == null) {
            throw new Unsupported("BoringSSL (Conscrypt's and netty-tcnative's) has no " + jsseName + " group");
        }
        return boringSslName;
    }

    /** The (EC)DH exchange or KEM of this group; RSA key transport ({@link #NONE}) has none of its own. */
    public KeyEstablishment keyEstablishment() {
        if (keyEstablishment == null) {
            throw new IllegalStateException("RSA key transport has no group: its key is the certificate's");
        }
        return keyEstablishment;
    }

    /** The group with this code point, or null for one the suite does not know. */
    public static TlsGroup ofCodePoint(int codePoint) {
        for (TlsGroup g : values()) {
            if (g.codePoint == codePoint) {
                return g;
            }
        }
        return null;
    }

    /** The group the JSSE APIs (and the wire proof's WireHello) call {@code name}, or null for one the suite does not know. */
    public static TlsGroup ofJsseName(String name) {
        for (TlsGroup g : values()) {
            if (g != NONE && g.jsseName.equals(name)) {
                return g;
            }
        }
        return null;
    }

    /** The group BoringSSL calls {@code name}, or null for one the suite does not know. */
    public static TlsGroup ofBoringSslName(String name) {
        for (TlsGroup g : values()) {
            if (name.equals(g.boringSslName)) {
                return g;
            }
        }
        return null;
    }
}
