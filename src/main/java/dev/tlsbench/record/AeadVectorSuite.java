package dev.tlsbench.record;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wycheproof AEAD vectors for one record AEAD: the groups of its file with its key, nonce and tag
 * lengths (what TLS 1.3 uses). Groups of the same key size with other nonce or tag sizes are
 * counted as skipped; other key sizes belong to another constant (or, AES-192, to none).
 *
 * <p>A valid vector passes when encryption gives exactly ct + tag and decryption gives msg back;
 * an invalid or acceptable vector is "accepted" when decryption succeeds. Each vector gets fresh
 * Ciphers: vectors share keys and nonces, and SunJCE refuses to re-init with the previous ones.
 */
public final class AeadVectorSuite implements VectorSuite {

    private final Aead aead;

    public AeadVectorSuite(Aead aead) {
        this.aead = aead;
    }

    /** One suite per record AEAD that names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(Aead.values()).filter(a -> a.vectorFile() != null).<VectorSuite>map(AeadVectorSuite::new).toList();
    }

    @Override
    public String file() {
        return aead.vectorFile();
    }

    @Override
    public Aead algorithm() {
        return aead;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        Jca.cipher(provider, aead.transformations()); // Unsupported before any vector if the provider lacks it
        return VectorRunner.run(provider.name(), file(),
                group -> group.get("keySize").asInt() == aead.keyLength() * 8,
                group -> group.get("ivSize").asInt() == aead.nonceLength() * 8
                        && group.get("tagSize").asInt() == aead.tagLength() * 8 ? provider : null,
                this::attempt);
    }

    /** A valid vector must seal to exactly ct + tag and open back to msg; any other must not open. */
    private VectorRunner.Verdict attempt(JcaProvider provider, JsonNode test) throws GeneralSecurityException {
        byte[] key = Wycheproof.hex(test.get("key"));
        byte[] iv = Wycheproof.hex(test.get("iv"));
        byte[] aad = Wycheproof.hex(test.get("aad"));
        byte[] msg = Wycheproof.hex(test.get("msg"));
        byte[] sealed = concat(Wycheproof.hex(test.get("ct")), Wycheproof.hex(test.get("tag")));
        if (Wycheproof.Result.of(test) == Wycheproof.Result.VALID
                && !Arrays.equals(crypt(provider, Cipher.ENCRYPT_MODE, key, iv, aad, msg), sealed)) {
            return VectorRunner.Verdict.OTHER_OUTPUT;
        }
        return Arrays.equals(crypt(provider, Cipher.DECRYPT_MODE, key, iv, aad, sealed), msg)
                ? VectorRunner.Verdict.EXPECTED : VectorRunner.Verdict.OTHER_OUTPUT;
    }

    private byte[] crypt(JcaProvider provider, int mode, byte[] key, byte[] iv, byte[] aad, byte[] input)
            throws GeneralSecurityException {
        Cipher c = Jca.cipher(provider, aead.transformations());
        c.init(mode, new SecretKeySpec(key, aead.keyAlgorithm()), aead.spec(iv));
        c.updateAAD(aad);
        return c.doFinal(input);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
