package dev.tlsbench.record;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherSpi;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.ShortBufferException;

/**
 * A test double: a Provider whose "AES/GCM/NoPadding" delegates to SunJCE and then misbehaves in one
 * chosen way, to prove that record setup refuses to measure a wrong provider.
 */
final class MisbehavingProvider extends Provider {

    enum Misbehaviour {
        /** Delegates faithfully: proves the double itself works, so a failure is the misbehaviour's. */
        NONE,
        /** Wrong in both directions the same way (a flipped keystream bit): round trips still work. */
        CONSISTENT_WRONG_KEYSTREAM,
        /** Seals a wrong record that its own open rejects. */
        CORRUPTS_SEAL,
        /** Never rejects a record: a failed tag check returns zeros instead of throwing. */
        IGNORES_TAG
    }

    MisbehavingProvider(Misbehaviour misbehaviour) {
        super("Misbehaving-" + misbehaviour, "1.0", "test double: SunJCE AES-GCM that " + misbehaviour);
        putService(new Service(this, "Cipher", "AES/GCM/NoPadding", Spi.class.getName(), null, null) {
            @Override
            public Object newInstance(Object parameter) {
                return new Spi(misbehaviour);
            }
        });
    }

    private static final class Spi extends CipherSpi {

        private final Misbehaviour misbehaviour;
        private final Cipher real;
        private boolean encrypting;

        Spi(Misbehaviour misbehaviour) {
            this.misbehaviour = misbehaviour;
            try {
                this.real = Cipher.getInstance("AES/GCM/NoPadding", Security.getProvider("SunJCE"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected byte[] engineDoFinal(byte[] input, int offset, int len) throws javax.crypto.IllegalBlockSizeException,
                javax.crypto.BadPaddingException {
            byte[] in = Arrays.copyOfRange(input, offset, offset + len);
            if (encrypting) {
                byte[] out = real.doFinal(in);
                if (misbehaviour == Misbehaviour.CONSISTENT_WRONG_KEYSTREAM || misbehaviour == Misbehaviour.CORRUPTS_SEAL) {
                    out[0] ^= 0x01;
                }
                return out;
            }
            if (misbehaviour == Misbehaviour.CONSISTENT_WRONG_KEYSTREAM) {
                in[0] ^= 0x01;
            }
            try {
                return real.doFinal(in);
            } catch (AEADBadTagException e) {
                if (misbehaviour == Misbehaviour.IGNORES_TAG) {
                    return new byte[len - 16];
                }
                throw e;
            }
        }

        @Override
        protected int engineDoFinal(byte[] input, int offset, int len, byte[] output, int outOffset)
                throws ShortBufferException, javax.crypto.IllegalBlockSizeException, javax.crypto.BadPaddingException {
            byte[] out = engineDoFinal(input, offset, len);
            if (output.length - outOffset < out.length) {
                throw new ShortBufferException("need " + out.length);
            }
            System.arraycopy(out, 0, output, outOffset, out.length);
            return out.length;
        }

        @Override
        protected void engineInit(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random)
                throws java.security.InvalidKeyException, java.security.InvalidAlgorithmParameterException {
            encrypting = opmode == Cipher.ENCRYPT_MODE;
            real.init(opmode, key, params, random);
        }

        // The record layer always passes a parameter spec; the other two init forms are not needed.
        @Override
        protected void engineInit(int opmode, Key key, SecureRandom random) {
            throw new UnsupportedOperationException("the record layer always passes a nonce");
        }

        @Override
        protected void engineInit(int opmode, Key key, AlgorithmParameters params, SecureRandom random) {
            throw new UnsupportedOperationException("the record layer always passes a nonce");
        }

        @Override
        protected void engineUpdateAAD(byte[] src, int offset, int len) {
            real.updateAAD(src, offset, len);
        }

        @Override
        protected byte[] engineUpdate(byte[] input, int offset, int len) {
            throw new UnsupportedOperationException("the record layer calls doFinal only");
        }

        @Override
        protected int engineUpdate(byte[] input, int offset, int len, byte[] output, int outOffset) {
            throw new UnsupportedOperationException("the record layer calls doFinal only");
        }

        @Override
        protected int engineGetOutputSize(int inputLen) {
            return real.getOutputSize(inputLen);
        }

        @Override
        protected void engineSetMode(String mode) throws java.security.NoSuchAlgorithmException {
            throw new java.security.NoSuchAlgorithmException("fixed transformation");
        }

        @Override
        protected void engineSetPadding(String padding) throws NoSuchPaddingException {
            throw new NoSuchPaddingException("fixed transformation");
        }

        @Override
        protected int engineGetBlockSize() {
            return 16;
        }

        @Override
        protected byte[] engineGetIV() {
            return real.getIV();
        }

        @Override
        protected AlgorithmParameters engineGetParameters() {
            return real.getParameters();
        }
    }
}
