package dev.tlsbench.auth;

import dev.tlsbench.provider.ProviderSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * A server's leaf certificate as a client receives it: built with bcpkix like tls.Pki's (the same
 * extensions, issued by a root of the leaf's key type) and signed by the provider under test with
 * its CA key, so the signature a client checks is a real X.509 signature over real TBS bytes.
 * Checked once by BouncyCastle's certificate verifier as well, independently of the provider.
 */
public final class LeafCertificate {

    private static final String SERVER_NAME = "server.tlsbench.test";

    private final byte[] tbs;
    private final byte[] signature;
    private final byte[] subjectPublicKeyInfo;

    private LeafCertificate(byte[] tbs, byte[] signature, byte[] subjectPublicKeyInfo) {
        this.tbs = tbs;
        this.signature = signature;
        this.subjectPublicKeyInfo = subjectPublicKeyInfo;
    }

    /** A leaf for the public key {@code leafKey} (X.509 encoding), signed with {@code scheme} by {@code ca} on {@code provider}. */
    static LeafCertificate issue(ProviderSet provider, SignatureScheme scheme, KeyPair ca, byte[] leafKey, long serial)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        X500Name issuer = new X500Name("CN=tlsbench root " + ca.getPublic().getAlgorithm());
        X509v3CertificateBuilder b = new X509v3CertificateBuilder(issuer, BigInteger.valueOf(serial),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))),
                new X500Name("CN=" + SERVER_NAME), SubjectPublicKeyInfo.getInstance(leafKey));
        // keyEncipherment: TLS_RSA transports the premaster under an RSA leaf's key (as tls.Pki)
        boolean rsa = SubjectPublicKeyInfo.getInstance(leafKey).getAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption);
        X509CertificateHolder holder;
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | (rsa ? KeyUsage.keyEncipherment : 0)));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.dNSName, SERVER_NAME)));
            holder = b.build(new ProviderSigner(new Signer(provider, scheme, ca.getPrivate()), scheme));
            if (!holder.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Independent.BC)
                    .build(SubjectPublicKeyInfo.getInstance(ca.getPublic().getEncoded())))) {
                throw new IllegalStateException(provider.label() + " " + scheme
                        + ": BouncyCastle does not accept the certificate signature it made");
            }
            return new LeafCertificate(holder.toASN1Structure().getTBSCertificate().getEncoded(ASN1Encoding.DER),
                    holder.getSignature(), holder.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER));
        } catch (IOException | OperatorCreationException | CertException e) {
            throw new IllegalStateException(provider.label() + " " + scheme + ": could not build the leaf certificate", e);
        }
    }

    /** The DER TBSCertificate: what the CA signed and the client verifies. */
    public byte[] tbs() {
        return tbs.clone();
    }

    /** The CA's signature value (the certificate's signatureValue BIT STRING's bytes). */
    public byte[] signature() {
        return signature.clone();
    }

    /** The leaf's SubjectPublicKeyInfo as the certificate carries it: what the client decodes the server's key from. */
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    /** BouncyCastle as an independent check of the certificates made; made once (it is slow to construct). */
    private static final class Independent {
        static final Provider BC = new BouncyCastleProvider();
    }

    /** bcpkix's signing callback, done by the provider under test. */
    private static final class ProviderSigner implements ContentSigner {
        private final Signer signer;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream tbs = new ByteArrayOutputStream();

        ProviderSigner(Signer signer, SignatureScheme scheme) {
            this.signer = signer;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(scheme.names()[0]);
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return tbs;
        }

        @Override
        public byte[] getSignature() {
            try {
                return signer.sign(tbs.toByteArray());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the CA's signature failed", e);
            }
        }
    }
}
