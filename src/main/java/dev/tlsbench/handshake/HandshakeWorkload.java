package dev.tlsbench.handshake;

import dev.tlsbench.auth.ChainSignatureWorkload;
import dev.tlsbench.auth.KeyPairs;
import dev.tlsbench.auth.KeyType;
import dev.tlsbench.handshake.KeyEstablishment.Encapsulation;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.handshake.KeyEstablishment.RsaTransport;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.util.function.Consumer;

/**
 * The public-key crypto one side performs in one full handshake, composed from the primitives'
 * own workloads. Everything comes from one provider; a part it cannot do makes the whole
 * combination {@link dev.tlsbench.provider.Unsupported}. Every part is proven in setup on the
 * objects that are then timed (see each part); a wrong result is an IllegalStateException, so the
 * cell is FAILED, never unsupported.
 *
 * <p>Per handshake: TLS 1.2 RSA: client encrypts the premaster, server decrypts it. (EC)DHE:
 * each side generates an ephemeral key pair and agrees with the peer's share; the server signs
 * (CertificateVerify, or ServerKeyExchange in TLS 1.2), the client verifies that one signature.
 * X25519MLKEM768: client generates the ML-KEM and X25519 key pairs, then decapsulates the server's
 * ciphertext and agrees with its X25519 share; server encapsulates (X25519 key pair, agreement,
 * ML-KEM encapsulation). With {@link Composition#AS_IN_A_HANDSHAKE} each side also decodes what
 * it reads off the wire, encodes what it sends and initialises its Signature or Cipher per
 * handshake, and the client verifies the CA's signature over the server's leaf certificate
 * ({@link ChainSignatureWorkload}) and takes the server's key from that certificate. Every result
 * computed goes to the caller's sink.
 */
public final class HandshakeWorkload {

    private final HandshakePart keyExchange;
    private final HandshakePart certificate;
    private final HandshakePart authentication;

    private HandshakeWorkload(HandshakePart keyExchange, HandshakePart certificate, HandshakePart authentication) {
        this.keyExchange = keyExchange;
        this.certificate = certificate;
        this.authentication = authentication;
    }

    /** Prepares and proves every part {@code side} performs in {@code handshake} on {@code provider}. */
    public static HandshakeWorkload prepare(ProviderSet provider, HandshakeCrypto handshake, Side side, Composition composition)
            throws GeneralSecurityException {
        boolean wire = composition == Composition.AS_IN_A_HANDSHAKE;
        ChainSignatureWorkload chain = null;
        byte[] certificateKey = null;
        if (wire && side == Side.CLIENT) {
            KeyType leafKey = handshake.certificate();
            chain = ChainSignatureWorkload.prepare(provider, leafKey, KeyPairs.of(provider, leafKey).getPublic().getEncoded());
            certificateKey = chain.leafKeyInfo();
        }
        return new HandshakeWorkload(keyExchange(provider, handshake, side, wire, certificateKey),
                chain == null ? HandshakePart.NONE : chain(chain),
                AuthenticationPart.prepare(provider, handshake, side, wire, certificateKey));
    }

    /** One handshake's public-key crypto of this side, every result handed to {@code sink}. */
    public void oneHandshake(Consumer<Object> sink) throws GeneralSecurityException {
        keyExchange.run(sink);
        certificate.run(sink);
        authentication.run(sink);
    }

    private static HandshakePart keyExchange(ProviderSet provider, HandshakeCrypto handshake, Side side, boolean wire,
                                             byte[] certificateKey) throws GeneralSecurityException {
        KeyEstablishment establishment = handshake.keyEstablishment();
        if (establishment instanceof RsaTransport transport) {
            return RsaTransportPart.prepare(provider, transport.rsa(), side, wire, certificateKey);
        }
        if (establishment instanceof Ephemeral ephemeral) {
            return EphemeralPart.prepare(provider, ephemeral.group(), wire);
        }
        return EncapsulationPart.prepare(provider, ((Encapsulation) establishment).kem(), side, wire);
    }

    /** The client's check of the CA's signature over the leaf; proven by the workload on the same call. */
    private static HandshakePart chain(ChainSignatureWorkload chain) {
        return sink -> sink.accept(chain.verifyNext());
    }
}
