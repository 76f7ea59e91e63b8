package dev.tlsbench.tls.stack;

import dev.tlsbench.tls.config.CertType;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A real two-level PKI made once per JVM: for each certificate type a root CA and a server leaf
 * it signed (bcpkix), held in KeyStores the stacks' own KeyManagerFactory and
 * TrustManagerFactory read, so every handshake validates a real chain. Read-only once made:
 * threads share it.
 */
public final class Pki {

    /** The server name in the leaf's subjectAltName; resumed handshakes connect to it. */
    public static final String SERVER_NAME = "server.tlsbench.test";
    public static final char[] PASSWORD = "tlsbench".toCharArray();

    private static final Map<CertType, Pki> MADE = new EnumMap<>(CertType.class);

    private final KeyStore serverKeys;
    private final KeyStore trustAnchors;

    private Pki(KeyStore serverKeys, KeyStore trustAnchors) {
        this.serverKeys = serverKeys;
        this.trustAnchors = trustAnchors;
    }

    /** The PKI of one certificate type, made on first use (RSA key generation takes a while). */
    public static synchronized Pki of(CertType type) {
        Pki pki = MADE.get(type);
        if (pki == null) {
            try {
                pki = make(type);
            } catch (Exception e) {
                throw new IllegalStateException("could not make the " + type + " PKI", e);
            }
            MADE.put(type, pki);
        }
        return pki;
    }

    /** The server's leaf key (encrypted under {@link #PASSWORD}) and chain (leaf, root), alias "server". */
    public KeyStore serverKeys() {
        return serverKeys;
    }

    /** The root CA as the only trust anchor. */
    public KeyStore trustAnchors() {
        return trustAnchors;
    }

    private static Pki make(CertType type) throws Exception {
        // The keys and certificates are inputs, not what is measured: BC makes them here, and the
        // stacks load them through KeyStores as a server would.
        Provider bc = new BouncyCastleProvider();
        KeyPair rootKeys = keyPair(type, bc);
        KeyPair leafKeys = keyPair(type, bc);
        X500Principal rootName = new X500Principal("CN=tlsbench root " + type);
        X509Certificate root = certificate(type, bc, rootName, rootName, rootKeys.getPublic(), rootKeys.getPrivate(), true);
        X509Certificate leaf = certificate(type, bc, rootName, new X500Principal("CN=" + SERVER_NAME),
                leafKeys.getPublic(), rootKeys.getPrivate(), false);
        leaf.verify(root.getPublicKey());

        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", leafKeys.getPrivate(), PASSWORD, new X509Certificate[] {leaf, root});
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", root);
        return new Pki(keys, trust);
    }

    private static KeyPair keyPair(CertType type, Provider bc) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(type.keyAlgorithm(), bc);
        if (type.keyParams() != null) {
            g.initialize(type.keyParams());
        }
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(CertType type, Provider bc, X500Principal issuer, X500Principal subject,
                                               java.security.PublicKey key, PrivateKey issuerKey, boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()).shiftLeft(1).add(BigInteger.valueOf(ca ? 1 : 0)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject, key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ca) {
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            // keyEncipherment: TLS_RSA transports the premaster secret under the leaf's RSA key.
            int usage = KeyUsage.digitalSignature | (type == CertType.RSA_2048 ? KeyUsage.keyEncipherment : 0);
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            b.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, SERVER_NAME)));
        }
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(type.signatureAlgorithm()).setProvider(bc).build(issuerKey)));
    }
}
