package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * Verifies signatures by one public key; a Signature returns to its initVerify state after each verify().
 *
 * <p>Two ways to verify, on purpose. {@link #verify} is lenient: a SignatureException counts as
 * "does not verify", because for malformed or forged signatures (test vectors, setup's negative
 * checks) providers differ in whether they throw or return false, and both are a rejection. The
 * measured paths use {@link #verifyValid} and {@link #initAndVerifyValid}, where every signature
 * is valid: there a SignatureException propagates and a false is turned into an exception by the
 * caller, so a provider that breaks mid-run fails the cell instead of being timed on a fast
 * rejection. A TLS client aborts the handshake on either, so the branch is work the protocol does.
 */
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

    /** As {@link #verifyValid} after initialising the Signature with {@code peerKey}, as a client does with the certificate's key. */
    public boolean initAndVerifyValid(PublicKey peerKey, byte[] message, byte[] sig) throws GeneralSecurityException {
        signature.initVerify(peerKey);
        return verifyValid(message, sig);
    }

    /** As {@link #verify} after initialising the Signature with {@code peerKey}: a rejection of a changed message by a decoded key. */
    public boolean initAndVerify(PublicKey peerKey, byte[] message, byte[] sig) throws GeneralSecurityException {
        signature.initVerify(peerKey);
        return verify(message, sig);
    }

    /**
     * The provider's verdict on a signature that should be valid.
     *
     * @throws SignatureException when the provider cannot process it: not a rejection, a fault
     */
    public boolean verifyValid(byte[] message, byte[] sig) throws GeneralSecurityException {
        signature.update(message);
        return signature.verify(sig);
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
