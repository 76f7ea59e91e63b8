package dev.tlsbench.handshake;

import dev.tlsbench.auth.CertificateVerifyContent;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.auth.SignatureWorkload;
import dev.tlsbench.bench.Payloads;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.kex.KeyExchanger;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import javax.crypto.interfaces.DHPublicKey;

/**
 * The server's signature over the handshake (TLS 1.3 CertificateVerify, TLS 1.2 ServerKeyExchange):
 * the server signs, the client verifies. The workload proves the primitives; as in a handshake the
 * server's signing with its Signature initialised again and the client's verification with the key
 * it decoded from the certificate (true for the real content, false for a changed one) are proven
 * as well, on the same objects. In the timed path a rejected valid signature throws (see
 * {@link dev.tlsbench.auth.Verifier}).
 */
final class AuthenticationPart {

    private AuthenticationPart() {
    }

    /** @param certificateKey the server key's X.509 encoding as the client reads it from the leaf (wire client only) */
    static HandshakePart prepare(ProviderSet provider, HandshakeCrypto handshake, Side side, boolean wire, byte[] certificateKey)
            throws GeneralSecurityException {
        if (handshake.signature().isEmpty()) {
            return HandshakePart.NONE;
        }
        SignatureScheme scheme = handshake.signature().get();
        SignatureWorkload signature = SignatureWorkload.prepare(provider, scheme, signedContents(provider, handshake));
        if (!wire) {
            return side == Side.SERVER ? sink -> sink.accept(signature.signNext()) : sink -> sink.accept(signature.verifyNext());
        }
        if (side == Side.SERVER) {
            signature.proveReinitialisedSigning();
            return sink -> sink.accept(signature.signNextReinitialised());
        }
        KeyFactory keys = Jca.keyFactory(provider, scheme.keyType().generatorNames());
        signature.proveVerificationWith(keys.generatePublic(new X509EncodedKeySpec(certificateKey)));
        return sink -> {
            PublicKey key = keys.generatePublic(new X509EncodedKeySpec(certificateKey));
            sink.accept(signature.verifyNextWith(key));
        };
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
