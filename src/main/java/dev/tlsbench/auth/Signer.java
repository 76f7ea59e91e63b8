package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** Signs with one private key; a Signature returns to its initSign state after each sign(). */
public final class Signer {

    private final Signature signature;
    private final PrivateKey key;

    public Signer(ProviderSet provider, SignatureScheme scheme, PrivateKey key) {
        this.signature = Signatures.of(provider, scheme);
        this.key = key;
        try {
            signature.initSign(key);
        } catch (GeneralSecurityException e) {
            throw new Unsupported(provider.label() + " " + scheme + " cannot sign with its own key", e);
        }
    }

    /** Signs {@code message} into {@code out}; @return the signature length (ECDSA's varies) */
    public int sign(byte[] message, byte[] out) throws GeneralSecurityException {
        signature.update(message);
        return signature.sign(out, 0, out.length);
    }

    /** As {@link #sign(byte[], byte[])} after initialising the Signature with the key again, as a server does per handshake. */
    public int initAndSign(byte[] message, byte[] out) throws GeneralSecurityException {
        signature.initSign(key);
        return sign(message, out);
    }

    /** The signature of {@code message}, for setup and tests. */
    public byte[] sign(byte[] message) throws GeneralSecurityException {
        signature.update(message);
        return signature.sign();
    }
}
