package dev.tlsbench.kex;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyPairGeneratorSpi;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.KeyAgreement;
import javax.crypto.KeyAgreementSpi;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.DHParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * FFDHE setup checks the private exponent's length: a provider that ignores DHParameterSpec's l
 * (a full-length exponent, about 9 times the work for ffdhe2048) would otherwise be measured as a
 * slow provider of the short exponent. The test double delegates to SunJCE, once faithfully and
 * once dropping l.
 */
class ExponentLengthTest {

    @Test
    void aProviderThatHonoursTheLengthPasses() {
        new KeyExchangeWorkload(dh(false), KeyExchange.FFDHE2048);
    }

    @Test
    void aProviderThatIgnoresTheLengthIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new KeyExchangeWorkload(dh(true), KeyExchange.FFDHE2048));
        assertTrue(e.getMessage().contains("private exponent has") && e.getMessage().contains("ask for 225"), e.getMessage());
    }

    private static ProviderSet dh(boolean ignoreLength) {
        Provider p = new Provider("ExponentDouble", "1", "test double: SunJCE DH, " + (ignoreLength ? "ignoring l" : "faithful")) {
            {
                putService(new Service(this, "KeyPairGenerator", "DH", Generator.class.getName(), null, null) {
                    @Override
                    public Object newInstance(Object parameter) {
                        return new Generator(ignoreLength);
                    }
                });
                put("KeyAgreement.DH", Agreement.class.getName());
            }
        };
        return ProviderSet.of("DOUBLE", p);
    }

    public static final class Generator extends KeyPairGeneratorSpi {
        private final boolean ignoreLength;
        private final KeyPairGenerator real;

        Generator(boolean ignoreLength) {
            this.ignoreLength = ignoreLength;
            try {
                this.real = KeyPairGenerator.getInstance("DH", Security.getProvider("SunJCE"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void initialize(AlgorithmParameterSpec params, SecureRandom random) throws InvalidAlgorithmParameterException {
            DHParameterSpec dh = (DHParameterSpec) params;
            real.initialize(ignoreLength ? new DHParameterSpec(dh.getP(), dh.getG()) : dh, random);
        }

        @Override
        public void initialize(int keysize, SecureRandom random) {
            real.initialize(keysize, random);
        }

        @Override
        public KeyPair generateKeyPair() {
            return real.generateKeyPair();
        }
    }

    public static final class Agreement extends KeyAgreementSpi {
        private final KeyAgreement real;

        public Agreement() throws GeneralSecurityException {
            real = KeyAgreement.getInstance("DH", Security.getProvider("SunJCE"));
        }

        @Override
        protected void engineInit(Key key, SecureRandom random) throws InvalidKeyException {
            real.init(key, random);
        }

        @Override
        protected void engineInit(Key key, AlgorithmParameterSpec params, SecureRandom random)
                throws InvalidKeyException, InvalidAlgorithmParameterException {
            real.init(key, params, random);
        }

        @Override
        protected Key engineDoPhase(Key key, boolean lastPhase) throws InvalidKeyException {
            return real.doPhase(key, lastPhase);
        }

        @Override
        protected byte[] engineGenerateSecret() {
            return real.generateSecret();
        }

        @Override
        protected int engineGenerateSecret(byte[] sharedSecret, int offset) throws ShortBufferException {
            return real.generateSecret(sharedSecret, offset);
        }

        @Override
        protected SecretKey engineGenerateSecret(String algorithm) throws NoSuchAlgorithmException, InvalidKeyException {
            return real.generateSecret(algorithm);
        }
    }
}
