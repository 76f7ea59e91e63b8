package dev.tlsbench.tls.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.auth.RsaKeyTransport;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.record.Aead;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each configuration is made of, for the correctness gate: exactly the primitives its handshake uses. */
class HandshakeConfigTest {

    @Test
    void partsAreTheKeyEstablishmentTheAeadAndTheSignatureOfTheProtocol() {
        assertEquals(Set.of(RsaKeyTransport.PKCS1_2048, Aead.AES_128_GCM),
                HandshakeConfig.TLS12_RSA_AES_128_GCM_RSA_2048.parts());
        assertEquals(Set.of(KeyExchange.X25519, Aead.AES_128_GCM, SignatureScheme.RSA_PSS_SHA256_2048),
                HandshakeConfig.TLS13_AES_128_GCM_X25519_RSA_2048.parts());
        assertEquals(Set.of(KeyExchange.P256, Aead.CHACHA20_POLY1305, SignatureScheme.ECDSA_P256_SHA256),
                HandshakeConfig.TLS12_ECDHE_ECDSA_CHACHA20_P256_ECDSA_P256.parts());
        assertEquals(Set.of(Kem.X25519_MLKEM768, Aead.AES_128_GCM, SignatureScheme.ECDSA_P256_SHA256),
                HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256_WITH_HRR.parts());
        assertEquals(Set.of(KeyExchange.X25519, Aead.AES_128_GCM, SignatureScheme.ED25519),
                HandshakeConfig.TLS13_AES_128_GCM_X25519_ED25519.parts());
    }

    /** The defaults may negotiate any TLS 1.3 suite and known group, so a failure of any of them flags them. */
    @Test
    void theDefaultsAreMadeOfEveryTls13SuiteAndGroupTheyMayNegotiate() {
        Set<Enum<?>> parts = HandshakeConfig.DEFAULTS_ECDSA_P256.parts();
        assertTrue(parts.containsAll(Set.of(Aead.AES_128_GCM, Aead.AES_256_GCM, Aead.CHACHA20_POLY1305,
                KeyExchange.X25519, KeyExchange.P256, Kem.X25519_MLKEM768, SignatureScheme.ECDSA_P256_SHA256)), parts.toString());
    }

    @Test
    void conscryptNamesComeFromTheGroupConstants() {
        assertEquals(TlsGroup.SECP256R1, TlsGroup.ofBoringSslName("P-256"));
        assertEquals("X25519MLKEM768", TlsGroup.X25519MLKEM768.boringSslName());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(dev.tlsbench.provider.Unsupported.class,
                TlsGroup.FFDHE2048::boringSslName).getMessage().contains("no ffdhe2048"));
    }
}
