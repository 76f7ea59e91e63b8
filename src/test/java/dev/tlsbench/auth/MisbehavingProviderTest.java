package dev.tlsbench.auth;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.ProviderSet;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyPairGeneratorSpi;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SignatureSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.CipherSpi;
import org.junit.jupiter.api.Test;

/**
 * Setup must refuse a provider that round-trips but does the wrong thing: an RSA "cipher" that
 * does not pad at all, and a signature that accepts anything.
 */
class MisbehavingProviderTest {

    private static final ProviderSet LIAR = ProviderSet.of("LIAR", new Provider("Liar", "1", "test double") {
        {
            put("KeyPairGenerator.RSA", RealRsaKeys.class.getName());
            put("Cipher.RSA/ECB/PKCS1Padding", NoPaddingAtAll.class.getName());
            put("Signature.SHA256withRSA", AcceptsAnything.class.getName());
        }
    });

    @Test
    void unpaddedEncryptionIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RsaKeyTransportWorkload.prepare(LIAR, RsaKeyTransport.PKCS1_2048));
        assertTrue(e.getMessage().contains("deterministic"), e.getMessage());
    }

    @Test
    void aSignatureThatVerifiesAnythingIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SignatureWorkload.prepare(LIAR, SignatureScheme.RSA_PKCS1_SHA256_2048));
        assertTrue(e.getMessage().contains("different content"), e.getMessage());
    }

    /** Real RSA keys (from the JDK), so only the operation under test misbehaves. */
    public static final class RealRsaKeys extends KeyPairGeneratorSpi {
        private final KeyPairGenerator jdk;

        public RealRsaKeys() throws Exception {
            jdk = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
        }

        @Override
        public void initialize(int keysize, SecureRandom random) {
            jdk.initialize(keysize, random);
        }

        @Override
        public void initialize(AlgorithmParameterSpec params, SecureRandom random)
                throws java.security.InvalidAlgorithmParameterException {
            jdk.initialize(params, random);
        }

        @Override
        public KeyPair generateKeyPair() {
            return jdk.generateKeyPair();
        }
    }

    /** "Encrypts" by copying: the premaster round-trips, but nothing is random or secret. */
    public static final class NoPaddingAtAll extends CipherSpi {
        @Override protected void engineSetMode(String mode) { }
        @Override protected void engineSetPadding(String padding) { }
        @Override protected int engineGetBlockSize() { return 0; }
        @Override protected int engineGetOutputSize(int inputLen) { return 256; }
        @Override protected byte[] engineGetIV() { return null; }
        @Override protected java.security.AlgorithmParameters engineGetParameters() { return null; }
        @Override protected void engineInit(int opmode, Key key, SecureRandom random) { }
        @Override protected void engineInit(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random) { }
        @Override protected void engineInit(int opmode, Key key, java.security.AlgorithmParameters params, SecureRandom random) { }
        @Override protected byte[] engineUpdate(byte[] input, int offset, int len) { return new byte[0]; }
        @Override protected int engineUpdate(byte[] input, int offset, int len, byte[] out, int outOffset) { return 0; }
        @Override protected byte[] engineDoFinal(byte[] input, int offset, int len) {
            return Arrays.copyOfRange(input, offset, offset + len);
        }
        @Override protected int engineDoFinal(byte[] input, int offset, int len, byte[] out, int outOffset) {
            System.arraycopy(input, offset, out, outOffset, len);
            return len;
        }
    }

    /** Signs with a constant and verifies everything. */
    public static final class AcceptsAnything extends SignatureSpi {
        @Override protected void engineInitVerify(PublicKey publicKey) { }
        @Override protected void engineInitSign(PrivateKey privateKey) { }
        @Override protected void engineUpdate(byte b) { }
        @Override protected void engineUpdate(byte[] b, int off, int len) { }
        @Override protected byte[] engineSign() { return new byte[256]; }
        @Override protected boolean engineVerify(byte[] sigBytes) { return true; }
        @Override @Deprecated protected void engineSetParameter(String param, Object value) { }
        @Override @Deprecated protected Object engineGetParameter(String param) { return null; }
    }
}
