package dev.tlsbench.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof.Result;
import dev.tlsbench.verify.Wycheproof;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Wycheproof RSA decryption vectors (PKCS#1 v1.5 or OAEP) through the cipher the benchmark uses.
 * A vector counts as accepted when decryption returns the vector's message. So for an invalid
 * padding both an exception and "implicit rejection" (a pseudo-random message instead of an
 * error, as RFC 8017 7.2.2's advice to make padding errors indistinguishable allows) count as
 * rejected; returning the original message would not.
 */
public record RsaDecryptionVectors(RsaKeyTransport rsa) implements VectorSuite {

    /** One suite per padding and key size that names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(RsaKeyTransport.values()).filter(r -> r.vectorFile() != null)
                .<VectorSuite>map(RsaDecryptionVectors::new).toList();
    }

    @Override
    public String file() {
        return rsa.vectorFile();
    }

    @Override
    public RsaKeyTransport algorithm() {
        return rsa;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        VectorReport report = new VectorReport(provider.label(), file());
        for (JsonNode group : Wycheproof.load(file()).get("testGroups")) {
            PrivateKey key = privateKey(provider, group);
            for (JsonNode test : group.get("tests")) {
                Cipher cipher;
                try {
                    cipher = RsaCiphers.init(provider, rsa.transformations(), params(test), Cipher.DECRYPT_MODE, key);
                } catch (Unsupported noLabels) {
                    if (params(test) == rsa.params()) {
                        throw noLabels;
                    }
                    report.skip(); // ACCP 2.5.0 has OAEP but takes no label
                    continue;
                }
                byte[] expected = Wycheproof.hex(test.get("msg"));
                String detail;
                boolean accepted;
                try {
                    accepted = Arrays.equals(cipher.doFinal(Wycheproof.hex(test.get("ct"))), expected);
                    detail = accepted ? "decrypted to the message" : "decrypted to another message";
                } catch (GeneralSecurityException | RuntimeException e) { // BC throws DataLengthException
                    accepted = false;
                    detail = Unsupported.describe(e);
                }
                report.record(test.get("tcId").asInt(), Result.of(test), accepted, detail);
            }
        }
        return report;
    }

    private static PrivateKey privateKey(JcaProvider provider, JsonNode group) {
        try {
            return Jca.keyFactory(provider, "RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Wycheproof.hex(group.get("privateKeyPkcs8"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(provider + " cannot read a Wycheproof RSA private key", e);
        }
    }

    /**
     * The suite's own padding parameters (the very object: a provider may compare by identity),
     * or with the vector's OAEP label where it has one.
     */
    private AlgorithmParameterSpec params(JsonNode test) {
        if (!(rsa.params() instanceof OAEPParameterSpec oaep) || test.get("label").asText().isEmpty()) {
            return rsa.params();
        }
        return new OAEPParameterSpec(oaep.getDigestAlgorithm(), oaep.getMGFAlgorithm(),
                (MGF1ParameterSpec) oaep.getMGFParameters(), new PSource.PSpecified(Wycheproof.hex(test.get("label"))));
    }
}
