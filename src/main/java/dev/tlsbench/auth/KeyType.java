package dev.tlsbench.auth;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * The key pairs a TLS certificate (or an RSA key-transport server) holds: the key algorithm,
 * spelled as providers spell their KeyPairGenerator, and the parameters it is initialized with.
 * Not an axis of its own: {@link SignatureScheme} and {@link RsaKeyTransport} constants name one.
 */
public enum KeyType {
    RSA_2048(rsa(2048), "RSA"),
    RSA_3072(rsa(3072), "RSA"),
    RSA_4096(rsa(4096), "RSA"),
    EC_P256(new ECGenParameterSpec("secp256r1"), "EC"),
    EC_P384(new ECGenParameterSpec("secp384r1"), "EC"),
    /**
     * Conscrypt and ACCP call the generator "EdDSA" and refuse any parameters; each generator
     * makes Ed25519 keys uninitialized, and the key made is checked to be Ed25519.
     */
    ED25519(null, "Ed25519", "EdDSA");

    private final AlgorithmParameterSpec params;
    private final String[] generatorNames;

    KeyType(AlgorithmParameterSpec params, String... generatorNames) {
        this.params = params;
        this.generatorNames = generatorNames;
    }

    /** e.g. RSA with e = 65537, the exponent every CA issues certificates with. */
    private static AlgorithmParameterSpec rsa(int bits) {
        return new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4);
    }

    /** The generator's parameters, or null when its name alone fixes the key type. */
    public AlgorithmParameterSpec params() {
        return params;
    }

    public String[] generatorNames() {
        return generatorNames.clone();
    }
}
