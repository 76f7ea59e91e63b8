package dev.tlsbench.kem;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.verify.Der;
import dev.tlsbench.verify.VectorReport;
import dev.tlsbench.verify.VectorRunner;
import dev.tlsbench.verify.VectorSuite;
import dev.tlsbench.verify.Wycheproof;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;

/**
 * Wycheproof ML-KEM-768 decapsulation vectors through {@link MlKem}, the class KemBench measures:
 * the private key is imported from its 64-byte seed (PKCS#8, the seed-only form of the IETF LAMPS
 * encoding), the ciphertext decapsulated and the result compared with K. JDK 24/25 parse only the
 * expanded-key form: for a KeyFactory that rejects the seed form, the 2400-byte expanded key is
 * computed from the seed with BouncyCastle's lightweight API (input preparation, not the operation
 * under test) and imported instead. For valid vectors the
 * public key ek is also imported and a fresh encapsulation to it must decapsulate to the same secret.
 * Invalid vectors have a seed or ciphertext of the wrong length: accepting them is a failure.
 */
public record MlKemVectors() implements VectorSuite {

    /** id-alg-ml-kem-768, 2.16.840.1.101.3.4.4.2. */
    private static final byte[] OID = HexFormat.of().parseHex("0609608648016503040402");

    /** FIPS 203 seed d || z. */
    private static final int SEED_LENGTH = 64;

    @Override
    public String file() {
        return "mlkem_768_test.json";
    }

    @Override
    public String algorithmParam() {
        return "kem";
    }

    @Override
    public String algorithm() {
        return Kem.ML_KEM_768.name();
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        MlKem kem = (MlKem) Kem.ML_KEM_768.engine(provider);
        return VectorRunner.run(provider.label(), file(), t -> {
            PrivateKey dk = decodeSeed(kem, Wycheproof.hex(t.get("seed")));
            byte[] k = kem.decapsulate(dk, Wycheproof.hex(t.get("c")));
            return Arrays.equals(k, Wycheproof.hex(t.get("K"))) && roundTrips(kem, dk, Wycheproof.hex(t.get("ek")));
        });
    }

    private static PrivateKey decodeSeed(MlKem kem, byte[] seed) throws GeneralSecurityException {
        try {
            return kem.decodePrivate(Der.pkcs8(OID, Der.tlv(Der.CONTEXT_0, seed)));
        } catch (InvalidKeySpecException seedFormRejected) {
            if (seed.length != SEED_LENGTH) {
                throw seedFormRejected;
            }
            byte[] expanded = new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_768, seed).getEncoded();
            return kem.decodePrivate(Der.pkcs8(OID, Der.tlv(Der.OCTET_STRING, expanded)));
        }
    }

    private static boolean roundTrips(MlKem kem, PrivateKey dk, byte[] ek) throws Exception {
        byte[][] e = kem.encapsulate(kem.decodePublic(Der.x509(OID, ek)));
        return Arrays.equals(e[0], kem.decapsulate(dk, e[1]));
    }
}
