package dev.tlsbench.tls.wire;

import java.util.Map;

/**
 * The names of TLS SignatureScheme code points as the IANA registry spells them (RFC 8446 4.2.3,
 * RFC 8422, RFC 8998; the DSA ones, "_RESERVED" there, as SunJSSE names them), for what a
 * ClientHello's signature_algorithms lists; a code point not here
 * is shown in hex. The suite's own schemes are {@code auth.SignatureScheme}; this is only a
 * dictionary for reading the wire.
 */
public final class SignatureSchemeNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x0201, "rsa_pkcs1_sha1"),
            Map.entry(0x0202, "dsa_sha1"),
            Map.entry(0x0203, "ecdsa_sha1"),
            Map.entry(0x0301, "rsa_sha224"),
            Map.entry(0x0302, "dsa_sha224"),
            Map.entry(0x0303, "ecdsa_sha224"),
            Map.entry(0x0401, "rsa_pkcs1_sha256"),
            Map.entry(0x0402, "dsa_sha256"),
            Map.entry(0x0403, "ecdsa_secp256r1_sha256"),
            Map.entry(0x0501, "rsa_pkcs1_sha384"),
            Map.entry(0x0502, "dsa_sha384"),
            Map.entry(0x0503, "ecdsa_secp384r1_sha384"),
            Map.entry(0x0601, "rsa_pkcs1_sha512"),
            Map.entry(0x0602, "dsa_sha512"),
            Map.entry(0x0603, "ecdsa_secp521r1_sha512"),
            Map.entry(0x0708, "ecdsa_sm3"),
            Map.entry(0x081A, "ecdsa_brainpoolP256r1tls13_sha256"),
            Map.entry(0x081B, "ecdsa_brainpoolP384r1tls13_sha384"),
            Map.entry(0x081C, "ecdsa_brainpoolP512r1tls13_sha512"),
            Map.entry(0x0804, "rsa_pss_rsae_sha256"),
            Map.entry(0x0805, "rsa_pss_rsae_sha384"),
            Map.entry(0x0806, "rsa_pss_rsae_sha512"),
            Map.entry(0x0807, "ed25519"),
            Map.entry(0x0808, "ed448"),
            Map.entry(0x0809, "rsa_pss_pss_sha256"),
            Map.entry(0x080A, "rsa_pss_pss_sha384"),
            Map.entry(0x080B, "rsa_pss_pss_sha512"),
            Map.entry(0x0904, "mldsa44"),
            Map.entry(0x0905, "mldsa65"),
            Map.entry(0x0906, "mldsa87"));

    private SignatureSchemeNames() {
    }

    public static String of(int codePoint) {
        return NAMES.getOrDefault(codePoint, String.format("0x%04X", codePoint));
    }
}
