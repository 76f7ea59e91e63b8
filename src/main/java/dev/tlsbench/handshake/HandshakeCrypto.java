package dev.tlsbench.handshake;

import dev.tlsbench.auth.KeyType;
import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.bench.Accelerated;
import dev.tlsbench.bench.Acceleration;
import dev.tlsbench.bench.Labeled;
import dev.tlsbench.handshake.KeyEstablishment.Encapsulation;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.handshake.KeyEstablishment.RsaTransport;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.openssl.SpeedAlgorithm;
import dev.tlsbench.verify.Composite;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The full handshakes HandshakeCostBench composes: the {@code handshake} axis. Each constant
 * carries its protocol, its key establishment and its certificate's signature scheme together,
 * so only real combinations can be asked for.
 */
public enum HandshakeCrypto implements Composite, Labeled, Accelerated {
    /** TLS 1.2 TLS_RSA_WITH_*: RSA key transport, no signature at all. */
    TLS12_RSA_RSA2048(TlsProtocol.TLS12, new RsaTransport(RsaKeyTransport.PKCS1_2048), null),
    /** TLS 1.3 forbids PKCS#1 v1.5 in CertificateVerify: an RSA certificate signs with rsa_pss_rsae_sha256. */
    X25519_RSA2048(TlsProtocol.TLS13, new Ephemeral(KeyExchange.X25519), SignatureScheme.RSA_PSS_SHA256_2048),
    X25519_ECDSA_P256(TlsProtocol.TLS13, new Ephemeral(KeyExchange.X25519), SignatureScheme.ECDSA_P256_SHA256),
    X25519_ED25519(TlsProtocol.TLS13, new Ephemeral(KeyExchange.X25519), SignatureScheme.ED25519),
    P256_RSA2048(TlsProtocol.TLS13, new Ephemeral(KeyExchange.P256), SignatureScheme.RSA_PSS_SHA256_2048),
    P256_ECDSA_P256(TlsProtocol.TLS13, new Ephemeral(KeyExchange.P256), SignatureScheme.ECDSA_P256_SHA256),
    P256_ED25519(TlsProtocol.TLS13, new Ephemeral(KeyExchange.P256), SignatureScheme.ED25519),
    /** TLS 1.2 TLS_DHE_RSA_*: the server signs ServerKeyExchange with rsa_pkcs1_sha256. */
    FFDHE2048_RSA2048(TlsProtocol.TLS12, new Ephemeral(KeyExchange.FFDHE2048), SignatureScheme.RSA_PKCS1_SHA256_2048),
    X25519MLKEM768_ECDSA_P256(TlsProtocol.TLS13, new Encapsulation(Kem.X25519_MLKEM768), SignatureScheme.ECDSA_P256_SHA256);

    private final TlsProtocol protocol;
    private final KeyEstablishment keyEstablishment;
    private final SignatureScheme signature;

    HandshakeCrypto(TlsProtocol protocol, KeyEstablishment keyEstablishment, SignatureScheme signature) {
        this.protocol = protocol;
        this.keyEstablishment = keyEstablishment;
        this.signature = signature;
    }

    /** "TLS 1.3 X25519, ECDSA P-256 SHA-256", "TLS 1.2 RSA key transport, RSA-2048". */
    @Override
    public String label() {
        return protocol.label() + " " + keyEstablishment.label() + ", "
                + signature().map(SignatureScheme::label).orElse(((Labeled) keyEstablishment.primitive()).label());
    }

    /** Decides what the server signs: TLS 1.3 CertificateVerify or TLS 1.2 ServerKeyExchange. */
    public TlsProtocol protocol() {
        return protocol;
    }

    public KeyEstablishment keyEstablishment() {
        return keyEstablishment;
    }

    /** The scheme the server authenticates the key exchange with; empty for RSA key transport, which signs nothing. */
    public Optional<SignatureScheme> signature() {
        return Optional.ofNullable(signature);
    }

    /** The key type of the server's certificate: its signature scheme's, or for RSA key transport the RSA key's. */
    public KeyType certificate() {
        return signature().map(SignatureScheme::keyType).orElseGet(() -> ((RsaTransport) keyEstablishment).rsa().keyType());
    }

    /** Its key establishment and its signature scheme. */
    @Override
    public Set<Enum<?>> parts() {
        Set<Enum<?>> parts = new LinkedHashSet<>();
        parts.add(keyEstablishment.primitive());
        signature().ifPresent(parts::add);
        return parts;
    }

    /** What its key establishment and its signature scheme depend on. */
    @Override
    public Set<Acceleration> acceleration() {
        return Accelerated.ofParts(this);
    }

    /**
     * The one openssl speed measurement that is the whole of a side's crypto, or empty: RSA key
     * transport's RSA key (the server does its private-key operation, the client its public-key
     * one). An (EC)DHE or KEM handshake has none: openssl speed does not time key generation, which
     * both sides of it include.
     */
    public Optional<SpeedAlgorithm> nativeSpeed() {
        return keyEstablishment instanceof RsaTransport t ? t.rsa().nativeSpeed() : Optional.empty();
    }
}
