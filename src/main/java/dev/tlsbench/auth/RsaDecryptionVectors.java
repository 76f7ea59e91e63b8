package dev.tlsbench.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
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

    /**
     * Decryption of the key-transport premaster: the server's work.
     */
    @Override
    public Side side() {
        return Side.SERVER;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        return VectorRunner.run(provider.label(), file(), group -> true, group -> privateKey(provider, group),
                (key, test) -> attempt(provider, key, test));
    }

    /** Only the vector's own message counts as taking it: an exception or another message is a refusal. */
    private VectorRunner.Verdict attempt(JcaProvider provider, PrivateKey key, JsonNode test) throws GeneralSecurityException {
        Cipher cipher;
        try {
            cipher = RsaCiphers.init(provider, rsa.transformations(), params(test), Cipher.DECRYPT_MODE, key);
        } catch (Unsupported noLabels) {
            if (params(test) == rsa.params()) {
                throw noLabels;
            }
            return VectorRunner.Verdict.SKIPPED; // ACCP 2.5.0 has OAEP but takes no label
        }
        // BC throws DataLengthException, a RuntimeException, for some: the runner counts it as refused
        return Arrays.equals(cipher.doFinal(Wycheproof.hex(test.get("ct"))), Wycheproof.hex(test.get("msg")))
                ? VectorRunner.Verdict.EXPECTED : VectorRunner.Verdict.REFUSED;
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
