package dev.tlsbench.tls;

/**
 * A TLS named group (the key exchange), with its IANA code point as it appears on the wire in
 * supported_groups, key_share and ServerKeyExchange. {@link #NONE} is RSA key transport, which
 * has no group.
 */
public enum TlsGroup {
    NONE("", -1),
    X25519("x25519", 0x001D),
    SECP256R1("secp256r1", 0x0017),
    FFDHE2048("ffdhe2048", 0x0100),
    X25519MLKEM768("X25519MLKEM768", 0x11EC);

    private final String jsseName;
    private final int codePoint;

    TlsGroup(String jsseName, int codePoint) {
        this.jsseName = jsseName;
        this.codePoint = codePoint;
    }

    /** The name the JSSE APIs use (jdk.tls.namedGroups, SSLParameters.setNamedGroups). */
    public String jsseName() {
        return jsseName;
    }

    public int codePoint() {
        return codePoint;
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
}
