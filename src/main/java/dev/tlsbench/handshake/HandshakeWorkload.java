package dev.tlsbench.handshake;

import dev.tlsbench.auth.CertificateVerifyContent;
import dev.tlsbench.auth.RsaKeyTransportWorkload;
import dev.tlsbench.auth.SignatureWorkload;
import dev.tlsbench.bench.Payloads;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.handshake.KeyEstablishment.RsaTransport;
import dev.tlsbench.kem.KemWorkload;
import dev.tlsbench.kex.KeyExchangeWorkload;
import dev.tlsbench.kex.KeyExchanger;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import javax.crypto.interfaces.DHPublicKey;

/**
 * The public-key crypto one side performs in one full handshake, composed from the primitives'
 * own workloads (each proven in its setup: the two sides of the key exchange agree, the
 * premaster round-trips, the decapsulated secret is the encapsulated one, a signature verifies
 * and fails for a changed content). Everything comes from one provider; a part it cannot do
 * makes the whole combination {@link dev.tlsbench.provider.Unsupported}.
 *
 * <p>Per handshake: TLS 1.2 RSA: client encrypts the premaster, server decrypts it. (EC)DHE:
 * each side generates an ephemeral key pair and agrees with the peer's share; the server signs
 * (CertificateVerify, or ServerKeyExchange in TLS 1.2), the client verifies that one signature.
 * X25519MLKEM768: client generates the ML-KEM and X25519 key pairs, then decapsulates the server's
 * ciphertext and agrees with its X25519 share; server encapsulates (X25519 key pair, agreement,
 * ML-KEM encapsulation). Certificate-chain validation is not included.
 */
public final class HandshakeWorkload {

    /** One part of a side's work; returns a value of the result so nothing is dead code. */
    @FunctionalInterface
    private interface Part {
        int run() throws GeneralSecurityException;
    }

    private final Part keyExchange;
    private final Part authentication;

    private HandshakeWorkload(Part keyExchange, Part authentication) {
        this.keyExchange = keyExchange;
        this.authentication = authentication;
    }

    /** Prepares and proves every part {@code side} performs in {@code handshake} on {@code provider}. */
    public static HandshakeWorkload prepare(ProviderSet provider, HandshakeCrypto handshake, Side side)
            throws GeneralSecurityException {
        return new HandshakeWorkload(keyExchange(provider, handshake, side), authentication(provider, handshake, side));
    }

    /** One handshake's public-key crypto of this side. */
    public int oneHandshake() throws GeneralSecurityException {
        return keyExchange.run() + authentication.run();
    }

    private static Part keyExchange(ProviderSet provider, HandshakeCrypto handshake, Side side)
            throws GeneralSecurityException {
        KeyEstablishment establishment = handshake.keyEstablishment();
        if (establishment instanceof RsaTransport transport) {
            RsaKeyTransportWorkload rsa = RsaKeyTransportWorkload.prepare(provider, transport.rsa());
            return side == Side.CLIENT ? rsa::encryptNext : rsa::decryptNext;
        }
        if (establishment instanceof Ephemeral ephemeral) {
            // both sides do the same: a fresh key pair, then agreement with the peer's share
            KeyExchangeWorkload kex = new KeyExchangeWorkload(provider, ephemeral.group());
            return () -> kex.keyGenAndAgree()[0];
        }
        KemWorkload kem = new KemWorkload(provider, ((KeyEstablishment.Encapsulation) establishment).kem());
        if (side == Side.SERVER) {
            return () -> kem.encapsulate().sharedSecret()[0];
        }
        // The client's fresh key pair is generated (its cost counts) but the decapsulation uses a
        // setup key pair: the server's ciphertext can only match a key that existed before it.
        return () -> {
            kem.keyGen();
            return kem.decapsulate()[0];
        };
    }

    private static Part authentication(ProviderSet provider, HandshakeCrypto handshake, Side side)
            throws GeneralSecurityException {
        if (handshake.signature().isEmpty()) {
            return () -> 0;
        }
        SignatureWorkload signature = SignatureWorkload.prepare(provider, handshake.signature().get(), signedContents(provider, handshake));
        return side == Side.SERVER ? signature::signNext : () -> signature.verifyNext() ? 1 : 0;
    }

    /** What the server signs, of the real layout and length; the inputs vary by transcript or randoms. */
    private static byte[][] signedContents(ProviderSet provider, HandshakeCrypto handshake) {
        byte[][] contents = new byte[SignatureWorkload.INPUTS][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = handshake.protocol() == TlsProtocol.TLS13
                    ? CertificateVerifyContent.of(Payloads.bytes(CertificateVerifyContent.TRANSCRIPT_HASH_LENGTH, i))
                    : ServerKeyExchangeContent.of(Payloads.bytes(32, 2L * i), Payloads.bytes(32, 2L * i + 1),
                            dhShare(provider, handshake));
        }
        return contents;
    }

    private static DHPublicKey dhShare(ProviderSet provider, HandshakeCrypto handshake) {
        PublicKey share = new KeyExchanger(provider, ((Ephemeral) handshake.keyEstablishment()).group()).generateKeyPair().getPublic();
        if (!(share instanceof DHPublicKey dh)) {
            throw new IllegalStateException(handshake + ": a TLS 1.2 ServerKeyExchange is only built for FFDHE here");
        }
        return dh;
    }
}
