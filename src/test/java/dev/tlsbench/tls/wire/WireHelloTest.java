package dev.tlsbench.tls.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.record.Aead;
import dev.tlsbench.tls.config.HandshakeConfig;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a configuration's handshake used, read from its hellos: the correctness gate's narrowing of the defaults. */
class WireHelloTest {

    /** The defaults' parts, narrowed to what a handshake negotiated: Conscrypt's defaults as seen on the wire. */
    @Test
    void theDefaultsAreMadeOfWhatTheyNegotiated() {
        WireHello conscrypt = new WireHello("TLSv1.3", "TLS_AES_128_GCM_SHA256", "X25519MLKEM768", "", false, -1, ClientOffer.NONE);
        Set<Enum<?>> parts = conscrypt.partsUsed(HandshakeConfig.DEFAULTS_ECDSA_P256).orElseThrow();
        assertEquals(Set.of(Kem.X25519_MLKEM768, Kem.ML_KEM_768, KeyExchange.X25519,
                Aead.AES_128_GCM, SignatureScheme.ECDSA_P256_SHA256), parts);
        assertTrue(HandshakeConfig.DEFAULTS_ECDSA_P256.parts().contains(KeyExchange.P384), "the defaults allow P-384; this one did not use it");
        assertTrue(new WireHello("TLSv1.3", "TLS_AES_128_GCM_SHA256", "brainpoolP256r1tls13", "", false, -1, ClientOffer.NONE)
                .partsUsed(HandshakeConfig.DEFAULTS_ECDSA_P256).isEmpty(), "a group the suite does not know");
    }
}
