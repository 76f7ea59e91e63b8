package dev.tlsbench.handshake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.ProviderSet;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Setup refuses a provider whose part of a handshake gives a wrong result where only the
 * handshake's own calls reach it: AS_IN_A_HANDSHAKE fails with an IllegalStateException (a FAILED
 * cell, not an unsupported one), while PRIMITIVES, which never makes those calls, still accepts the
 * same double, so each refusal is the new proof's.
 */
class MisbehavingPartsTest {

    private static ProviderSet jdkWith(Provider misbehaving) {
        List<Provider> providers = new ArrayList<>(List.of(misbehaving));
        for (String name : new String[] {"SunJCE", "SunEC", "SunRsaSign", "SUN"}) {
            providers.add(Security.getProvider(name));
        }
        return ProviderSet.of("DOUBLE", providers.toArray(Provider[]::new));
    }

    private static ProviderSet bcWith(Provider misbehaving) {
        return ProviderSet.of("DOUBLE", misbehaving, JcaProvider.BC.providers().get(0));
    }

    private static void refusedAsInAHandshake(ProviderSet provider, HandshakeCrypto handshake, Side side, String problem) {
        assertDoesNotThrow(() -> HandshakeWorkload.prepare(provider, handshake, side, Composition.PRIMITIVES),
                "the double is faithful where only the primitives are called");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HandshakeWorkload.prepare(provider, handshake, side, Composition.AS_IN_A_HANDSHAKE));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aVerifyThatAcceptsAnythingWithTheCertificatesKeyIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.acceptsAfterReinit("RSASSA-PSS", Security.getProvider("SunRsaSign"))),
                HandshakeCrypto.X25519_RSA2048, Side.CLIENT, "with the key decoded from the certificate, a changed content verifies");
    }

    @Test
    void aChainSignatureThatVerifiesAnythingIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.acceptsLongMessages("SHA256withECDSA", Security.getProvider("SunEC"))),
                HandshakeCrypto.X25519_ECDSA_P256, Side.CLIENT, "the CA's signature verifies over a changed certificate");
    }

    @Test
    void aServerDecryptingAWrongPremasterIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.wrongAfterReinit("RSA/ECB/PKCS1Padding", Security.getProvider("SunJCE"))),
                HandshakeCrypto.TLS12_RSA_RSA2048, Side.SERVER, "another premaster than the one encrypted");
    }

    @Test
    void aClientEncryptingAWrongPremasterIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.wrongAfterReinit("RSA/ECB/PKCS1Padding", Security.getProvider("SunJCE"))),
                HandshakeCrypto.TLS12_RSA_RSA2048, Side.CLIENT, "does not decrypt to itself");
    }

    @Test
    void aKeyShareDecodedWrongIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.decodesToAnotherKey("X25519", Security.getProvider("SunEC"))),
                HandshakeCrypto.X25519_ECDSA_P256, Side.SERVER, "a decoded key share agrees differently");
    }

    @Test
    void aServerEncapsulatingToAWronglyDecodedKeyIsRefused() {
        refusedAsInAHandshake(bcWith(MisbehavingParts.decodesToAnotherKey("ML-KEM-768", JcaProvider.BC.providers().get(0))),
                HandshakeCrypto.X25519MLKEM768_ECDSA_P256, Side.SERVER, "the server's secret is not what the client decapsulates");
    }

    @Test
    void aClientDecapsulatingWithAWronglyDecodedShareIsRefused() {
        refusedAsInAHandshake(bcWith(MisbehavingParts.decodesToAnotherKey("X25519", JcaProvider.BC.providers().get(0))),
                HandshakeCrypto.X25519MLKEM768_ECDSA_P256, Side.CLIENT, "the client's secret is not the one the server encapsulated");
    }
}
