package dev.tlsbench.handshake;

import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.auth.RsaKeyTransportWorkload;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * TLS 1.2 RSA key transport, one side: the client encrypts the premaster to the server's key, the
 * server decrypts it. The workload proves the primitives; as in a handshake the client's
 * encryption to the key it decoded from the certificate and the server's decryption with its
 * Cipher initialised again are proven as well, on the same objects.
 */
final class RsaTransportPart {

    private RsaTransportPart() {
    }

    /** @param certificateKey the server key's X.509 encoding as the client reads it from the leaf (wire client only) */
    static HandshakePart prepare(ProviderSet provider, RsaKeyTransport transport, Side side, boolean wire, byte[] certificateKey)
            throws GeneralSecurityException {
        RsaKeyTransportWorkload rsa = RsaKeyTransportWorkload.prepare(provider, transport);
        if (!wire) {
            return side == Side.CLIENT ? sink -> sink.accept(rsa.encryptNext()) : sink -> sink.accept(rsa.decryptNext());
        }
        if (side == Side.SERVER) {
            rsa.proveReinitialisedDecryption();
            return sink -> sink.accept(rsa.decryptNextReinitialised());
        }
        KeyFactory rsaKeys = Jca.keyFactory(provider, transport.keyType().generatorNames());
        rsa.proveEncryptionWith(rsaKeys.generatePublic(new X509EncodedKeySpec(certificateKey)));
        return sink -> {
            PublicKey serverKey = rsaKeys.generatePublic(new X509EncodedKeySpec(certificateKey));
            sink.accept(serverKey);
            sink.accept(rsa.encryptNextWith(serverKey));
        };
    }
}
