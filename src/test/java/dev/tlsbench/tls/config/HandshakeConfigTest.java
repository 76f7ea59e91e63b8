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

    /**
     * The facts a suite carries, checked once against its IANA name (the only place the name is
     * read): TLS_RSA_ is RSA key transport, TLS_DHE_ and TLS_ECDHE_ say the exchange and, after it,
     * the authentication; TLS 1.3 names neither.
     */
    @Test
    void eachSuiteCarriesTheKeyExchangeAndAuthenticationItsNameSays() {
        for (TlsSuite s : TlsSuite.values()) {
            String n = s.name();
            TlsSuite.KeyExchangeKind kind = n.startsWith("TLS_RSA_") ? TlsSuite.KeyExchangeKind.RSA_KEY_TRANSPORT
                    : n.startsWith("TLS_DHE_") ? TlsSuite.KeyExchangeKind.DHE
                    : n.startsWith("TLS_ECDHE_") ? TlsSuite.KeyExchangeKind.ECDHE : TlsSuite.KeyExchangeKind.BY_GROUP;
            assertEquals(kind, s.keyExchange(), n);
            TlsSuite.Authentication auth = kind == TlsSuite.KeyExchangeKind.BY_GROUP ? TlsSuite.Authentication.BY_CERTIFICATE
                    : n.contains("_ECDSA_") ? TlsSuite.Authentication.ECDSA : TlsSuite.Authentication.RSA;
            assertEquals(auth, s.authentication(), n);
        }
        assertEquals(TlsSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                TlsSuite.tls12Ecdhe(CertType.RSA_2048.tls12Authentication(), Aead.AES_128_GCM));
        assertEquals(TlsSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                TlsSuite.tls12Ecdhe(CertType.ED25519.tls12Authentication(), Aead.AES_128_GCM));
    }

    /** The label names the exchange from the suite's kind: DHE for TLS_DHE_, ECDHE for TLS_ECDHE_. */
    @Test
    void labelsNameTheTls12KeyExchange() {
        assertEquals("TLS 1.2 DHE ffdhe2048, AES-128-GCM, RSA-2048 cert",
                HandshakeConfig.TLS12_DHE_RSA_AES_128_GCM_FFDHE2048_RSA_2048.label());
        assertTrue(HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048.label().startsWith("TLS 1.2 ECDHE X25519,"),
                HandshakeConfig.TLS12_ECDHE_RSA_AES_128_GCM_X25519_RSA_2048.label());
    }
}
