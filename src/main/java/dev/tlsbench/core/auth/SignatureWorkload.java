package dev.tlsbench.core.auth;

import dev.tlsbench.algo.SignatureScheme;
import dev.tlsbench.core.Payloads;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;

/**
 * One provider's signature scheme, ready to measure: its key pair, a few CertificateVerify
 * contents (differing in the transcript hash) and their signatures, proven before anything is
 * timed: each verifies, and a changed content does not.
 */
public final class SignatureWorkload {

    /** Inputs rotated through; a power of two. */
    static final int INPUTS = 8;
    /** Larger than any scheme's signature: RSA-4096 is 512 bytes. */
    private static final int MAX_SIGNATURE = 1024;

    private final Signer signer;
    private final Verifier verifier;
    private final byte[][] contents = new byte[INPUTS][];
    private final byte[][] signatures = new byte[INPUTS][];
    private final byte[] signatureOut = new byte[MAX_SIGNATURE];
    private int next;

    private SignatureWorkload(ProviderSet provider, SignatureScheme scheme) throws GeneralSecurityException {
        KeyPair pair = KeyPairs.of(provider, scheme.keyType());
        signer = new Signer(provider, scheme, pair.getPrivate());
        verifier = new Verifier(provider, scheme, pair.getPublic());
        for (int i = 0; i < INPUTS; i++) {
            contents[i] = CertificateVerifyContent.of(Payloads.bytes(CertificateVerifyContent.TRANSCRIPT_HASH_LENGTH, i));
            signatures[i] = signer.sign(contents[i]);
        }
    }

    /** Prepares the contents and signatures and proves sign/verify on them. */
    public static SignatureWorkload prepare(ProviderSet provider, SignatureScheme scheme) throws GeneralSecurityException {
        SignatureWorkload w = new SignatureWorkload(provider, scheme);
        String what = provider.label() + " " + scheme;
        for (int i = 0; i < INPUTS; i++) {
            if (!w.verifier.verify(w.contents[i], w.signatures[i])) {
                throw new IllegalStateException(what + ": its own signature does not verify");
            }
            if (w.verifier.verify(w.contents[(i + 1) % INPUTS], w.signatures[i])) {
                throw new IllegalStateException(what + ": a signature verifies for a different content");
            }
        }
        return w;
    }

    /** Signs the next content; @return the signature length */
    public int signNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return signer.sign(contents[i], signatureOut);
    }

    /** Verifies the next content's signature; @return true (a false would be a provider bug) */
    public boolean verifyNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (INPUTS - 1);
        return verifier.verify(contents[i], signatures[i]);
    }
}
