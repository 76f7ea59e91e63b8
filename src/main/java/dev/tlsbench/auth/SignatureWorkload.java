package dev.tlsbench.auth;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * One provider's signature scheme, ready to measure: its key pair, a few CertificateVerify
 * contents (differing in the transcript hash) and their signatures, proven before anything is
 * timed: each verifies, and a changed content does not.
 */
public final class SignatureWorkload {

    /** Inputs rotated through; a power of two. */
    public static final int INPUTS = 8;
    /** Larger than any scheme's signature: RSA-4096 is 512 bytes. */
    private static final int MAX_SIGNATURE = 1024;

    private final Signer signer;
    private final Verifier verifier;
    private final byte[][] contents;
    private final byte[][] signatures = new byte[INPUTS][];
    private final byte[] signatureOut = new byte[MAX_SIGNATURE];
    private final String what;
    private int next;
    /** The length of the signature {@link #signNextReinitialised} left in its buffer (ECDSA's varies). */
    private int signatureLength;

    private SignatureWorkload(ProviderSet provider, SignatureScheme scheme, byte[][] contents) throws GeneralSecurityException {
        what = provider.label() + " " + scheme;
        KeyPair pair = KeyPairs.of(provider, scheme.keyType());
        signer = new Signer(provider, scheme, pair.getPrivate());
        verifier = new Verifier(provider, scheme, pair.getPublic());
        this.contents = contents.clone();
        for (int i = 0; i < INPUTS; i++) {
            signatures[i] = signer.sign(contents[i]);
        }
    }

    /** Prepares TLS 1.3 CertificateVerify contents and their signatures, and proves sign/verify on them. */
    public static SignatureWorkload prepare(ProviderSet provider, SignatureScheme scheme) throws GeneralSecurityException {
        return prepare(provider, scheme, certificateVerifyContents());
    }

    /** As {@link #prepare(ProviderSet, SignatureScheme)} over other contents, {@link #INPUTS} of them. */
    public static SignatureWorkload prepare(ProviderSet provider, SignatureScheme scheme, byte[][] contents)
            throws GeneralSecurityException {
        if (contents.length != INPUTS) {
            throw new IllegalArgumentException(INPUTS + " contents are rotated through, not " + contents.length);
        }
        SignatureWorkload w = new SignatureWorkload(provider, scheme, contents);
        w.prove();
        return w;
    }

    /** Proves the measured calls themselves: each signature made verifies, and not for another content. */
    private void prove() throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            byte[] made = Arrays.copyOf(signatureOut, signNext());
            if (!verifier.verify(contents[next], made)) {
                throw new IllegalStateException(what + ": its own signature does not verify");
            }
            if (verifier.verify(contents[(next + 1) % INPUTS], made)) {
                throw new IllegalStateException(what + ": a signature verifies for a different content");
            }
        }
        for (int i = 0; i < INPUTS; i++) {
            verifyNext(); // throws when it does not verify
        }
    }

    /**
     * Proves the server's call as in a handshake, on this workload's own Signatures: every content
     * signed with the Signature initialised again verifies, and not for another content.
     */
    public void proveReinitialisedSigning() throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            signNextReinitialised();
            byte[] made = Arrays.copyOf(signatureOut, signatureLength);
            if (!verifier.verify(contents[next], made)) {
                throw new IllegalStateException(what + ": a signature made with the Signature initialised again does not verify");
            }
            if (verifier.verify(contents[(next + 1) % INPUTS], made)) {
                throw new IllegalStateException(what + ": a signature made with the Signature initialised again verifies for another content");
            }
        }
    }

    /**
     * Proves the client's call as in a handshake: every prepared signature verifies with
     * {@code certificateKey} (the key as the client decoded it from the certificate), and a changed
     * content does not.
     */
    public void proveVerificationWith(PublicKey certificateKey) throws GeneralSecurityException {
        for (int i = 0; i < INPUTS; i++) {
            verifyNextWith(certificateKey); // throws when it does not verify
            byte[] changed = contents[next].clone();
            changed[changed.length - 1] ^= 1;
            if (verifier.initAndVerify(certificateKey, changed, signatures[next])) {
                throw new IllegalStateException(what + ": with the key decoded from the certificate, a changed content verifies");
            }
        }
    }

    private static byte[][] certificateVerifyContents() {
        byte[][] contents = new byte[INPUTS][];
        for (int i = 0; i < INPUTS; i++) {
            contents[i] = CertificateVerifyContent.of(Payloads.bytes(CertificateVerifyContent.TRANSCRIPT_HASH_LENGTH, i));
        }
        return contents;
    }

    /** Signs the next content; @return the signature length */
    public int signNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return signer.sign(contents[i], signatureOut);
    }

    /** Signs the next content with the Signature initialised again, as a server does per handshake; @return the signature's buffer */
    public byte[] signNextReinitialised() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        signatureLength = signer.initAndSign(contents[i], signatureOut);
        return signatureOut;
    }

    /**
     * Verifies the next content's signature with the Signature initialised with {@code certificateKey}, as a client does.
     *
     * @return true; a rejection throws, as it aborts a handshake (see {@link Verifier})
     */
    public boolean verifyNextWith(PublicKey certificateKey) throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return accepted(verifier.initAndVerifyValid(certificateKey, contents[i], signatures[i]));
    }

    /** Verifies the next content's signature; @return true: a rejection of a valid signature is a provider fault and throws */
    public boolean verifyNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return accepted(verifier.verifyValid(contents[i], signatures[i]));
    }

    private boolean accepted(boolean verified) {
        if (!verified) {
            throw new IllegalStateException(what + ": a valid signature did not verify");
        }
        return true;
    }
}
