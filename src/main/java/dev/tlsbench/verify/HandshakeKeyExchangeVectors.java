package dev.tlsbench.verify;

import dev.tlsbench.kdf.HkdfVectors;
import dev.tlsbench.kem.MlKemVectors;
import dev.tlsbench.kex.KeyAgreementVectors;
import dev.tlsbench.kex.KeyExchange;
import java.util.List;

/** The vector suites of KeyExchangeBench, KemBench and KeyScheduleBench. */
final class HandshakeKeyExchangeVectors {

    private HandshakeKeyExchangeVectors() {
    }

    static final List<VectorSuite> SUITES = List.of(
            new KeyAgreementVectors("x25519_test.json", KeyExchange.X25519),
            new KeyAgreementVectors("x448_test.json", KeyExchange.X448),
            new KeyAgreementVectors("ecdh_secp256r1_test.json", KeyExchange.P256),
            new KeyAgreementVectors("ecdh_secp384r1_test.json", KeyExchange.P384),
            new MlKemVectors(),
            new HkdfVectors());
}
