package dev.tlsbench.handshake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.ProviderSet;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.security.SignatureException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import dev.tlsbench.handshake.MisbehavingParts.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        refusedAsInAHandshake(jdkWith(MisbehavingParts.signature("RSASSA-PSS", Security.getProvider("SunRsaSign"), Verdict.ACCEPTS_AFTER_REINIT)),
                HandshakeCrypto.X25519_RSA2048, Side.CLIENT, "with the key decoded from the certificate, a changed content verifies");
    }

    @Test
    void aChainSignatureThatVerifiesAnythingIsRefused() {
        refusedAsInAHandshake(jdkWith(MisbehavingParts.signature("SHA256withECDSA", Security.getProvider("SunEC"), Verdict.ACCEPTS_LONG_MESSAGES)),
                HandshakeCrypto.X25519_ECDSA_P256, Side.CLIENT, "the CA's signature verifies over a changed certificate");
    }

    /**
     * In the timed path every signature is valid: a provider that starts rejecting them, by false or
     * by exception, fails the measurement instead of being timed on a fast rejection.
     */
    @ParameterizedTest
    @EnumSource(Composition.class)
    void aVerifyThatBreaksWhileTimedFailsTheHandshake(Composition composition) throws Exception {
        AtomicReference<Verdict> verdict = new AtomicReference<>(Verdict.REAL);
        ProviderSet provider = jdkWith(MisbehavingParts.signature("SHA256withECDSA", Security.getProvider("SunEC"), verdict));
        HandshakeWorkload w = HandshakeWorkload.prepare(provider, HandshakeCrypto.X25519_ECDSA_P256, Side.CLIENT, composition);
        List<Object> sunk = new ArrayList<>();
        w.oneHandshake(sunk::add);
        verdict.set(Verdict.REJECTS);
        IllegalStateException rejected = assertThrows(IllegalStateException.class, () -> w.oneHandshake(sunk::add));
        assertTrue(rejected.getMessage().contains("signature did not verify"), rejected.getMessage());
        verdict.set(Verdict.THROWS);
        assertThrows(SignatureException.class, () -> w.oneHandshake(sunk::add));
        assertTrue(sunk.stream().noneMatch(Boolean.FALSE::equals), "no rejection reached the sink: " + sunk);
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
