package dev.tlsbench.auth;

import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/**
 * The certificate-chain signature a TLS client checks once per full handshake: the root CA's
 * signature over the server's leaf certificate (a two-level chain, as tls.Pki makes: the root is
 * the trust anchor, so the leaf's is the only signature to verify). The CA's key is of the leaf's
 * key type and signs with {@link SignatureScheme#certificateSignature}; its public key is decoded
 * once by the provider's KeyFactory, as a trust store is loaded once. Only the signature is
 * checked: parsing the certificate, names, validity and extensions are not public-key crypto.
 * Proven before anything is timed: every leaf's signature verifies, and a changed TBS does not.
 */
public final class ChainSignatureWorkload {

    /** Leaves rotated through (differing in serial number); a power of two. */
    static final int LEAVES = 4;

    private final SignatureScheme scheme;
    private final Verifier verifier;
    private final PublicKey caKey;
    private final LeafCertificate[] leaves = new LeafCertificate[LEAVES];
    private final byte[][] tbs = new byte[LEAVES][];
    private final byte[][] signatures = new byte[LEAVES][];
    private final String what;
    private int next;

    private ChainSignatureWorkload(ProviderSet provider, KeyType leafKeyType, byte[] leafKey) throws GeneralSecurityException {
        scheme = SignatureScheme.certificateSignature(leafKeyType);
        what = provider.label() + " certificate signature " + scheme;
        KeyPair ca = KeyPairs.issuer(provider, scheme.keyType());
        caKey = Jca.keyFactory(provider, scheme.keyType().generatorNames()).generatePublic(new X509EncodedKeySpec(ca.getPublic().getEncoded()));
        verifier = new Verifier(provider, scheme, caKey);
        for (int i = 0; i < LEAVES; i++) {
            leaves[i] = LeafCertificate.issue(provider, scheme, ca, leafKey, 1000 + i);
            tbs[i] = leaves[i].tbs();
            signatures[i] = leaves[i].signature();
        }
    }

    /**
     * Leaves for the server key {@code leafKey} (its X.509 encoding, of {@code leafKeyType}), proven.
     *
     * @throws dev.tlsbench.provider.Unsupported when the provider cannot sign or verify with the CA's
     *         key type or has no KeyFactory for it
     */
    public static ChainSignatureWorkload prepare(ProviderSet provider, KeyType leafKeyType, byte[] leafKey)
            throws GeneralSecurityException {
        ChainSignatureWorkload w = new ChainSignatureWorkload(provider, leafKeyType, leafKey);
        w.prove();
        return w;
    }

    private void prove() throws GeneralSecurityException {
        for (int i = 0; i < LEAVES; i++) {
            verifyNext(); // throws when it does not verify
            byte[] changed = tbs[next].clone();
            changed[changed.length / 2] ^= 1;
            if (verifier.initAndVerify(caKey, changed, signatures[next])) {
                throw new IllegalStateException(what + ": the CA's signature verifies over a changed certificate");
            }
        }
    }

    /**
     * The client's check of the next leaf: the Signature initialised with the CA's key, updated with
     * the TBS bytes, verified.
     *
     * @return true; a rejection throws, as it aborts a handshake (see {@link Verifier})
     */
    public boolean verifyNext() throws GeneralSecurityException {
        int i = next = (next + 1) & (LEAVES - 1);
        if (!verifier.initAndVerifyValid(caKey, tbs[i], signatures[i])) {
            throw new IllegalStateException(what + ": a valid certificate signature did not verify");
        }
        return true;
    }

    /** The server key's SubjectPublicKeyInfo as the leaves carry it: what the client decodes the server's key from. */
    public byte[] leafKeyInfo() {
        return leaves[0].subjectPublicKeyInfo();
    }

    /** The scheme the CA signed the leaves with. */
    public SignatureScheme scheme() {
        return scheme;
    }
}
