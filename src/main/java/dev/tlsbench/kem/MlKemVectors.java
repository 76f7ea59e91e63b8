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
import java.util.List;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/**
 * Wycheproof ML-KEM decapsulation vectors of one parameter set through {@link MlKem}, the class
 * KemBench measures: the private key is imported from its 64-byte seed (PKCS#8, the seed-only form
 * of the IETF LAMPS encoding), the ciphertext decapsulated and the result compared with K. JDK
 * 24/25 parse only the expanded-key form: for a KeyFactory that rejects the seed form, the
 * expanded key (2400 bytes for ML-KEM-768) is computed from the seed with BouncyCastle's
 * lightweight API (input preparation, not the operation under test) and imported instead. For
 * valid vectors the public key ek is also imported and a fresh encapsulation to it must
 * decapsulate to the same secret.
 * Invalid vectors have a seed or ciphertext of the wrong length: accepting them is a failure.
 */
public record MlKemVectors(Kem kem) implements VectorSuite {

    /** One suite per ML-KEM constant (alone, not hybrid) whose parameter set names a vector file. */
    public static List<VectorSuite> all() {
        return Arrays.stream(Kem.values()).filter(k -> k.ecdh() == null && k.parameters().vectorFile() != null)
                .<VectorSuite>map(MlKemVectors::new).toList();
    }

    /** FIPS 203 seed d || z. */
    private static final int SEED_LENGTH = 64;

    @Override
    public String file() {
        return kem.parameters().vectorFile();
    }

    @Override
    public Kem algorithm() {
        return kem;
    }

    @Override
    public VectorReport run(JcaProvider provider) {
        MlKem mlKem = new MlKem(provider, kem.parameters());
        return VectorRunner.run(provider.label(), file(), t -> {
            PrivateKey dk = decodeSeed(mlKem, Wycheproof.hex(t.get("seed")));
            byte[] k = mlKem.decapsulate(dk, Wycheproof.hex(t.get("c")));
            return Arrays.equals(k, Wycheproof.hex(t.get("K"))) && roundTrips(mlKem, dk, Wycheproof.hex(t.get("ek")));
        });
    }

    private PrivateKey decodeSeed(MlKem mlKem, byte[] seed) throws GeneralSecurityException {
        byte[] oid = kem.parameters().oid();
        try {
            return mlKem.decodePrivate(Der.pkcs8(oid, Der.tlv(Der.CONTEXT_0, seed)));
        } catch (InvalidKeySpecException seedFormRejected) {
            if (seed.length != SEED_LENGTH) {
                throw seedFormRejected;
            }
            byte[] expanded = new MLKEMPrivateKeyParameters(kem.parameters().bcParameters(), seed).getEncoded();
            return mlKem.decodePrivate(Der.pkcs8(oid, Der.tlv(Der.OCTET_STRING, expanded)));
        }
    }

    private boolean roundTrips(MlKem mlKem, PrivateKey dk, byte[] ek) throws Exception {
        byte[][] e = mlKem.encapsulate(mlKem.decodePublic(Der.x509(kem.parameters().oid(), ek)));
        return Arrays.equals(e[0], mlKem.decapsulate(dk, e[1]));
    }
}
