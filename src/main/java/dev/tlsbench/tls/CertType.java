package dev.tlsbench.tls;

/** The server's leaf certificate (and the key type of the CA that signed it). */
public enum CertType {
    RSA_2048("RSA", "SHA256withRSA"),
    ECDSA_P256("EC", "SHA256withECDSA");

    private final String keyAlgorithm;
    private final String signatureAlgorithm;

    CertType(String keyAlgorithm, String signatureAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA KeyPairGenerator name. */
    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The algorithm the CA signs certificates with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
