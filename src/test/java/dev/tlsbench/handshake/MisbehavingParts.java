package dev.tlsbench.handshake;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyFactorySpi;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.CipherSpi;
import javax.crypto.IllegalBlockSizeException;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.ShortBufferException;

/**
 * Test doubles: one JCA service that delegates to a real provider and then goes wrong in one way
 * that only a handshake's own calls reach (a re-initialised object, a long message, a key read off
 * the wire). The primitives' proofs pass them; the proofs of AS_IN_A_HANDSHAKE must not.
 */
final class MisbehavingParts {

    private MisbehavingParts() {
    }

    /** What a Signature double's verify does on top of the real one's verdict. */
    enum Verdict {
        /** The real verdict. */
        REAL,
        /** True once the object was initialised for verifying a second time. */
        ACCEPTS_AFTER_REINIT,
        /** True for any message longer than 256 bytes (a certificate's TBS, not a CertificateVerify content). */
        ACCEPTS_LONG_MESSAGES,
        /** False for everything: a provider that broke mid-run. */
        REJECTS,
        /** Throws SignatureException: a provider that broke mid-run. */
        THROWS
    }

    /** A Signature of {@code real} whose verify does what {@code verdict} holds when it is called. */
    static Provider signature(String algorithm, Provider real, AtomicReference<Verdict> verdict) {
        return provider("Signature", algorithm, () -> new Sig(algorithm, real, verdict));
    }

    static Provider signature(String algorithm, Provider real, Verdict verdict) {
        return signature(algorithm, real, new AtomicReference<>(verdict));
    }

    /** An RSA Cipher of {@code real} whose output has a flipped byte once it was initialised a second time. */
    static Provider wrongAfterReinit(String transformation, Provider real) {
        return provider("Cipher", transformation, () -> new Rsa(transformation, real));
    }

    /** A KeyFactory of {@code real} that decodes every public key to the same other key of the algorithm (a decoy it generated). */
    static Provider decodesToAnotherKey(String algorithm, Provider real) {
        return provider("KeyFactory", algorithm, () -> new Decoy(algorithm, real));
    }

    private interface Spi {
        Object make() throws GeneralSecurityException;
    }

    private static Provider provider(String type, String algorithm, Spi spi) {
        return new Double(type, algorithm, spi);
    }

    /** A provider of the one misbehaving service. */
    private static final class Double extends Provider {
        Double(String type, String algorithm, Spi spi) {
            super("Misbehaving-" + type + "-" + algorithm, "1.0", "test double");
            putService(new Service(this, type, algorithm, MisbehavingParts.class.getName(), null, null) {
                @Override
                public Object newInstance(Object parameter) throws java.security.NoSuchAlgorithmException {
                    try {
                        return spi.make();
                    } catch (GeneralSecurityException e) {
                        throw new java.security.NoSuchAlgorithmException(e);
                    }
                }
            });
        }
    }

    private static final class Sig extends SignatureSpi {
        private final Signature real;
        private final AtomicReference<Verdict> verdict;
        private int verifyInits;
        private int updated;

        Sig(String algorithm, Provider real, AtomicReference<Verdict> verdict) throws GeneralSecurityException {
            this.real = Signature.getInstance(algorithm, real);
            this.verdict = verdict;
        }

        @Override protected void engineInitVerify(PublicKey key) throws InvalidKeyException {
            verifyInits++;
            updated = 0;
            real.initVerify(key);
        }
        @Override protected void engineInitSign(PrivateKey key) throws InvalidKeyException {
            real.initSign(key);
        }
        @Override protected void engineUpdate(byte b) throws SignatureException {
            updated++;
            real.update(b);
        }
        @Override protected void engineUpdate(byte[] b, int off, int len) throws SignatureException {
            updated += len;
            real.update(b, off, len);
        }
        @Override protected byte[] engineSign() throws SignatureException {
            return real.sign();
        }
        @Override protected boolean engineVerify(byte[] sig) throws SignatureException {
            boolean valid = real.verify(sig);
            int length = updated;
            updated = 0;
            switch (verdict.get()) {
                case ACCEPTS_AFTER_REINIT: return valid || verifyInits > 1;
                case ACCEPTS_LONG_MESSAGES: return valid || length > 256;
                case REJECTS: return false;
                case THROWS: throw new SignatureException("test double broke");
                default: return valid;
            }
        }
        @Override protected void engineSetParameter(AlgorithmParameterSpec params) throws InvalidAlgorithmParameterException {
            real.setParameter(params);
        }
        @Override protected AlgorithmParameters engineGetParameters() {
            return real.getParameters();
        }
        @Override @Deprecated protected void engineSetParameter(String param, Object value) { }
        @Override @Deprecated protected Object engineGetParameter(String param) { return null; }
    }

    private static final class Rsa extends CipherSpi {
        private final Cipher real;
        private int inits;

        Rsa(String transformation, Provider real) throws GeneralSecurityException {
            this.real = Cipher.getInstance(transformation, real);
        }

        private byte[] misbehave(byte[] out) {
            if (inits > 1) {
                out[out.length / 2] ^= 1;
            }
            return out;
        }

        @Override protected void engineInit(int opmode, Key key, SecureRandom random) throws InvalidKeyException {
            inits++;
            real.init(opmode, key, random);
        }
        @Override protected void engineInit(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random)
                throws InvalidKeyException, InvalidAlgorithmParameterException {
            inits++;
            real.init(opmode, key, params, random);
        }
        @Override protected void engineInit(int opmode, Key key, AlgorithmParameters params, SecureRandom random)
                throws InvalidKeyException, InvalidAlgorithmParameterException {
            inits++;
            real.init(opmode, key, params, random);
        }
        @Override protected byte[] engineDoFinal(byte[] in, int off, int len) throws IllegalBlockSizeException, BadPaddingException {
            return misbehave(real.doFinal(in, off, len));
        }
        @Override protected int engineDoFinal(byte[] in, int off, int len, byte[] out, int outOff)
                throws ShortBufferException, IllegalBlockSizeException, BadPaddingException {
            byte[] result = engineDoFinal(in, off, len);
            System.arraycopy(result, 0, out, outOff, result.length);
            return result.length;
        }
        @Override protected byte[] engineUpdate(byte[] in, int off, int len) {
            return real.update(in, off, len);
        }
        @Override protected int engineUpdate(byte[] in, int off, int len, byte[] out, int outOff) throws ShortBufferException {
            return real.update(in, off, len, out, outOff);
        }
        @Override protected int engineGetOutputSize(int len) {
            return real.getOutputSize(len);
        }
        @Override protected void engineSetMode(String mode) { }
        @Override protected void engineSetPadding(String padding) { }
        @Override protected int engineGetBlockSize() { return 0; }
        @Override protected byte[] engineGetIV() { return null; }
        @Override protected AlgorithmParameters engineGetParameters() { return real.getParameters(); }
    }

    private static final class Decoy extends KeyFactorySpi {
        private final KeyFactory real;
        private final PublicKey decoy;

        Decoy(String algorithm, Provider real) throws GeneralSecurityException {
            this.real = KeyFactory.getInstance(algorithm, real);
            this.decoy = KeyPairGenerator.getInstance(algorithm, real).generateKeyPair().getPublic();
        }

        @Override protected PublicKey engineGeneratePublic(KeySpec spec) throws InvalidKeySpecException {
            real.generatePublic(spec); // a malformed encoding is still refused
            return decoy;
        }
        @Override protected PrivateKey engineGeneratePrivate(KeySpec spec) throws InvalidKeySpecException {
            return real.generatePrivate(spec);
        }
        @Override protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> spec) throws InvalidKeySpecException {
            return real.getKeySpec(key, spec);
        }
        @Override protected Key engineTranslateKey(Key key) throws InvalidKeyException {
            return real.translateKey(key);
        }
    }
}
