package dev.tlsbench.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Support;
import dev.tlsbench.provider.JcaProvider;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What one provider produces, every other provider accepts: a premaster encrypted by A to B's
 * key decrypts at B; a signature made by A verifies at B (and a changed content does not). The
 * public key crosses as its X.509 encoding, read by the receiving provider, as a TLS peer reads
 * a certificate. This is what proves the explicit OAEP and PSS parameters really are applied.
 */
class CrossProviderTest {

    @TestFactory
    Stream<DynamicTest> premasterEncryptedByOneDecryptsAtAnother() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RsaKeyTransport rsa : RsaKeyTransport.values()) {
            for (JcaProvider client : JcaProvider.values()) {
                for (JcaProvider server : JcaProvider.values()) {
                    tests.add(DynamicTest.dynamicTest(rsa + " " + client + " encrypts, " + server + " decrypts", () -> {
                        assumeSupported(RsaKeyTransportFamily.FAMILY, rsa, client, server);
                        KeyPair serverKeys = KeyPairs.of(server, rsa.keyType());
                        PublicKey asClientReadsIt = KeyPairs.imported(client, rsa.keyType(), serverKeys.getPublic().getEncoded());
                        byte[] premaster = Tls12Premaster.of(42);
                        byte[] ciphertext = new PremasterEncryptor(client, rsa, asClientReadsIt).encrypt(premaster);
                        assertArrayEquals(premaster, new PremasterDecryptor(server, rsa, serverKeys.getPrivate()).decrypt(ciphertext));
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> signatureByOneVerifiesAtAnother() {
        byte[] content = CertificateVerifyContent.of(new byte[CertificateVerifyContent.TRANSCRIPT_HASH_LENGTH]);
        byte[] changed = content.clone();
        changed[changed.length - 1] ^= 1;
        List<DynamicTest> tests = new ArrayList<>();
        for (SignatureScheme scheme : SignatureScheme.values()) {
            for (JcaProvider signer : JcaProvider.values()) {
                for (JcaProvider verifier : JcaProvider.values()) {
                    tests.add(DynamicTest.dynamicTest(scheme + " " + signer + " signs, " + verifier + " verifies", () -> {
                        assumeSupported(SignatureFamily.FAMILY, scheme, signer, verifier);
                        KeyPair keys = KeyPairs.of(signer, scheme.keyType());
                        byte[] signature = new Signer(signer, scheme, keys.getPrivate()).sign(content);
                        Verifier v = new Verifier(verifier, scheme,
                                KeyPairs.imported(verifier, scheme.keyType(), keys.getPublic().getEncoded()));
                        assertTrue(v.verify(content, signature), "valid signature rejected");
                        assertFalse(v.verify(changed, signature), "signature accepted for a changed content");
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Each probe prepares a full workload: run it once per provider and algorithm, not once per pair. */
    private static final Map<String, Support> PROBED = new ConcurrentHashMap<>();

    private static void assumeSupported(Family family, Enum<?> algorithm,
                                                            JcaProvider... providers) {
        for (JcaProvider p : providers) {
            Support s = PROBED.computeIfAbsent(family.name() + " " + p + " " + algorithm, k -> family.capabilities().probe(p, algorithm));
            assumeTrue(s.supported(), s.reason());
        }
    }
}
