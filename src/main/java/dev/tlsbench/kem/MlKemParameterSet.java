package dev.tlsbench.kem;

import java.util.HexFormat;
import org.bouncycastle.crypto.params.MLKEMParameters;

/**
 * The FIPS 203 ML-KEM parameter sets: their JCA name, their OID (X.509 and PKCS#8 encodings), the
 * BouncyCastle lightweight parameters (used only to expand a test vector's seed into the expanded
 * key form some KeyFactories require) and their Wycheproof file, where the suite has one.
 */
public enum MlKemParameterSet {
    ML_KEM_512("ML-KEM-512", "0609608648016503040401", MLKEMParameters.ml_kem_512, null),
    ML_KEM_768("ML-KEM-768", "0609608648016503040402", MLKEMParameters.ml_kem_768, "mlkem_768_test.json"),
    ML_KEM_1024("ML-KEM-1024", "0609608648016503040403", MLKEMParameters.ml_kem_1024, null);

    private final String jcaName;
    private final byte[] oid;
    private final MLKEMParameters bcParameters;
    private final String vectorFile;

    MlKemParameterSet(String jcaName, String oidHex, MLKEMParameters bcParameters, String vectorFile) {
        this.jcaName = jcaName;
        this.oid = HexFormat.of().parseHex(oidHex);
        this.bcParameters = bcParameters;
        this.vectorFile = vectorFile;
    }

    /** The KeyPairGenerator, KEM and KeyFactory name, e.g. "ML-KEM-768". */
    public String jcaName() {
        return jcaName;
    }

    /** The id-alg-ml-kem-* OID as a DER TLV. */
    public byte[] oid() {
        return oid.clone();
    }

    MLKEMParameters bcParameters() {
        return bcParameters;
    }

    /** The Wycheproof decapsulation vectors, or null. */
    public String vectorFile() {
        return vectorFile;
    }
}
