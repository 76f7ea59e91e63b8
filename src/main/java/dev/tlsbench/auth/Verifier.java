package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/** Verifies signatures by one public key; a Signature returns to its initVerify state after each verify(). */
public final class Verifier {

    private final Signature signature;
    private final PublicKey key;

    public Verifier(ProviderSet provider, SignatureScheme scheme, PublicKey key) {
        this.signature = Signatures.of(provider, scheme);
        this.key = key;
        try {
            signature.initVerify(key);
        } catch (GeneralSecurityException e) {
            throw new Unsupported(provider.label() + " " + scheme + " cannot verify with this "
                    + key.getAlgorithm() + " key", e);
        }
    }

    /** As {@link #verify} after initialising the Signature with {@code peerKey}, as a client does with the certificate's key. */
    public boolean initAndVerify(PublicKey peerKey, byte[] message, byte[] sig) throws GeneralSecurityException {
        signature.initVerify(peerKey);
        return verify(message, sig);
    }

    /**
     * @return whether {@code sig} is a valid signature of {@code message}; false also when the
     *         provider throws on a malformed signature (providers differ in which they do)
     */
    public boolean verify(byte[] message, byte[] sig) throws GeneralSecurityException {
        try {
            signature.update(message);
            return signature.verify(sig);
        } catch (SignatureException e) {
            // not every provider resets the object when verify throws: start clean for the next one
            signature.initVerify(key);
            return false;
        }
    }
}
