package dev.tlsbench.handshake;

import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.verify.Composite;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The full handshakes HandshakeCostBench composes: the {@code handshake} axis. Each constant
 * carries its key exchange and its certificate's signature scheme together, so only real
 * combinations can be asked for. Exactly one of {@link #rsaKeyTransport()}, {@link #keyExchange()}
 * and {@link #kem()} is set.
 */
public enum HandshakeCrypto implements Composite {
    /** TLS 1.2 TLS_RSA_WITH_*: RSA key transport, no signature at all. */
    TLS12_RSA_RSA2048(RsaKeyTransport.PKCS1_2048),
    /** TLS 1.3 forbids PKCS#1 v1.5 in CertificateVerify: an RSA certificate signs with rsa_pss_rsae_sha256. */
    X25519_RSA2048(Protocol.TLS13, KeyExchange.X25519, SignatureScheme.RSA_PSS_SHA256_2048),
    X25519_ECDSA_P256(Protocol.TLS13, KeyExchange.X25519, SignatureScheme.ECDSA_P256_SHA256),
    X25519_ED25519(Protocol.TLS13, KeyExchange.X25519, SignatureScheme.ED25519),
    P256_RSA2048(Protocol.TLS13, KeyExchange.P256, SignatureScheme.RSA_PSS_SHA256_2048),
    P256_ECDSA_P256(Protocol.TLS13, KeyExchange.P256, SignatureScheme.ECDSA_P256_SHA256),
    P256_ED25519(Protocol.TLS13, KeyExchange.P256, SignatureScheme.ED25519),
    /** TLS 1.2 TLS_DHE_RSA_*: the server signs ServerKeyExchange with rsa_pkcs1_sha256. */
    FFDHE2048_RSA2048(Protocol.TLS12, KeyExchange.FFDHE2048, SignatureScheme.RSA_PKCS1_SHA256_2048),
    X25519MLKEM768_ECDSA_P256(Kem.X25519_MLKEM768, SignatureScheme.ECDSA_P256_SHA256);

    /** Decides what the server signs: TLS 1.3 CertificateVerify or TLS 1.2 ServerKeyExchange. */
    public enum Protocol {
        TLS12,
        TLS13
    }

    private final Protocol protocol;
    private final RsaKeyTransport rsaKeyTransport;
    private final KeyExchange keyExchange;
    private final Kem kem;
    private final SignatureScheme signature;

    HandshakeCrypto(RsaKeyTransport rsa) {
        this(Protocol.TLS12, rsa, null, null, null);
    }

    HandshakeCrypto(Protocol protocol, KeyExchange kex, SignatureScheme signature) {
        this(protocol, null, kex, null, signature);
    }

    HandshakeCrypto(Kem kem, SignatureScheme signature) {
        this(Protocol.TLS13, null, null, kem, signature);
    }

    HandshakeCrypto(Protocol protocol, RsaKeyTransport rsa, KeyExchange kex, Kem kem, SignatureScheme signature) {
        this.protocol = protocol;
        this.rsaKeyTransport = rsa;
        this.keyExchange = kex;
        this.kem = kem;
        this.signature = signature;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The RSA key transport, or null when the handshake uses an ephemeral exchange. */
    public RsaKeyTransport rsaKeyTransport() {
        return rsaKeyTransport;
    }

    /** The (EC)DHE group, or null. */
    public KeyExchange keyExchange() {
        return keyExchange;
    }

    /** The hybrid KEM, or null. */
    public Kem kem() {
        return kem;
    }

    /** Its key establishment and its signature scheme. */
    @Override
    public Set<Enum<?>> parts() {
        Set<Enum<?>> parts = new LinkedHashSet<>();
        for (Enum<?> p : new Enum<?>[] {rsaKeyTransport, keyExchange, kem, signature}) {
            if (p != null) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The scheme the server authenticates the key exchange with, or null (RSA key transport signs nothing). */
    public SignatureScheme signature() {
        return signature;
    }
}
