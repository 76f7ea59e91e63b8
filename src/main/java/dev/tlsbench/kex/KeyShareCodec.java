package dev.tlsbench.kex;

import dev.tlsbench.provider.ProviderSet;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.interfaces.DHPublicKey;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPublicKeySpec;

/**
 * A key share as TLS carries it (RFC 8446 4.2.8.2, RFC 7919): X25519/X448 the raw u-coordinate,
 * an EC group the uncompressed point, FFDHE the public value left-padded to the prime's length;
 * and back to a public key through the provider's own KeyFactory, as a peer reads it off the wire.
 */
public final class KeyShareCodec {

    private final KeyExchange kex;
    private final KeyFactory factory;
    private final PublicKey sample;

    /** @param sample a public key of the group made by the provider: it gives the group's parameters */
    public KeyShareCodec(ProviderSet provider, KeyExchange kex, PublicKey sample) {
        this.kex = kex;
        this.factory = kex.keyFactory(provider);
        this.sample = sample;
    }

    /** The wire bytes of a public key of this group. */
    public byte[] encode(PublicKey key) {
        int n = kex.secretLength();
        if (key instanceof ECPublicKey ec) {
            byte[] out = new byte[1 + 2 * n];
            out[0] = 4;
            unsigned(ec.getW().getAffineX(), out, 1, n);
            unsigned(ec.getW().getAffineY(), out, 1 + n, n);
            return out;
        }
        if (key instanceof DHPublicKey dh) {
            byte[] out = new byte[n];
            unsigned(dh.getY(), out, 0, n);
            return out;
        }
        byte[] x509 = key.getEncoded();
        return Arrays.copyOfRange(x509, x509.length - n, x509.length);
    }

    /** The public key of the wire bytes {@code share}, decoded by the provider's KeyFactory. */
    public PublicKey decode(byte[] share) throws GeneralSecurityException {
        int n = kex.secretLength();
        if (sample instanceof ECPublicKey ec) {
            ECParameterSpec params = ec.getParams();
            ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(share, 1, 1 + n)),
                    new BigInteger(1, Arrays.copyOfRange(share, 1 + n, 1 + 2 * n)));
            return factory.generatePublic(new ECPublicKeySpec(w, params));
        }
        if (sample instanceof DHPublicKey dh) {
            DHParameterSpec p = dh.getParams();
            return factory.generatePublic(new DHPublicKeySpec(new BigInteger(1, share), p.getP(), p.getG()));
        }
        return factory.generatePublic(new X509EncodedKeySpec(kex.x509OfRaw(share)));
    }

    private static void unsigned(BigInteger v, byte[] out, int offset, int length) {
        byte[] b = v.toByteArray();
        int skip = b.length > length ? b.length - length : 0;
        System.arraycopy(b, skip, out, offset + length - (b.length - skip), b.length - skip);
    }
}
