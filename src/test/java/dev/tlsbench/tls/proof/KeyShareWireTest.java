package dev.tlsbench.tls.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.ExtraKeyShare;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsEndpoints;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.SignatureSchemeNames;
import dev.tlsbench.tls.wire.WireHello;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * What the clients of real handshakes sent, read off the wire of each stack and mixed pair: the key
 * shares of every pinned cell that would be timed are exactly the pin's plus what its client's stack
 * lists (with the reason), the client offered the certificate's signature scheme, and an unlisted
 * share fails setup.
 */
class KeyShareWireTest {

    private static final HandshakeConfig X25519_ECDSA = HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256;
    private static final HandshakeConfig HYBRID_ECDSA = HandshakeConfig.TLS13_AES_128_GCM_X25519MLKEM768_ECDSA_P256;

    /** Every stack and pair x pinned configuration that passes setup sent exactly its listed shares. */
    @Test
    void everyProvenPinnedCellsClientSentExactlyItsListedKeyShares() {
        List<Peers> all = new ArrayList<>();
        for (TlsStack s : TlsStack.values()) {
            all.add(Peers.same(s));
        }
        for (StackPair p : StackPair.values()) {
            all.add(p.peers());
        }
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Peers peers : all) {
            for (HandshakeConfig config : HandshakeConfig.values()) {
                if (config.isDefaults()) {
                    continue;
                }
                HandshakeProof proof;
                try {
                    proof = HandshakeProof.of(peers, config);
                } catch (Unsupported u) {
                    continue; // unsupported or a harness limit: nothing is timed
                } catch (IllegalStateException e) {
                    if (e.getMessage().contains("key share")) {
                        wrong.add(e.getMessage()); // what KeyShareCheck fails a cell with
                    }
                    continue; // a cell FAILED for another reason (the FFDHE secret mismatch of two stacks): tested elsewhere
                }
                checked++;
                WireHello w = proof.full();
                Set<String> expected = expectedShares(peers, config, w);
                if (!new LinkedHashSet<>(w.client().allKeyShares()).equals(expected)) {
                    wrong.add(peers + " " + config + ": sent " + w.client().describeShares() + ", expected " + expected);
                }
                String scheme = SignatureSchemeNames.of(config.cert().signature(config.requirePin().protocol()).codePoint());
                if (!config.needsTlsRsa() && !w.client().signatureSchemes().contains(scheme)) {
                    wrong.add(peers + " " + config + ": signature_algorithms without " + scheme + ": " + w.client().signatureSchemes());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 40, "only " + checked + " proven pinned cells");
    }

    /** The pin's shares (none in TLS 1.2), and the listed extras the stack documents for it. */
    private static Set<String> expectedShares(Peers peers, HandshakeConfig config, WireHello w) {
        Set<String> expected = new LinkedHashSet<>();
        HandshakeConfig.Pin pin = config.requirePin();
        if (pin.protocol() == TlsProtocol.TLS13) {
            expected.add(pin.firstShare().jsseName());
            expected.add(pin.group().jsseName());
            for (ExtraKeyShare e : peers.client().driver().extraKeyShares(config)) {
                expected.add(e.group().jsseName());
            }
        }
        return expected;
    }

    /**
     * The known case, per stack: SunJSSE on JDK 17 sends a P-256 share beside x25519 for an ECDSA
     * certificate, and says so in the cell's wire note; from JDK 20 (the engine's own group list) it
     * sends x25519 alone and still offers ecdsa_secp256r1_sha256. BCJSSE and Conscrypt send x25519 alone.
     */
    @Test
    void anEcdsaP256X25519ClientSendsAP256ShareOnlyWhereItsStackMust() {
        for (TlsStack stack : List.of(TlsStack.SUNJSSE, TlsStack.BCJSSE_BC, TlsStack.CONSCRYPT)) {
            HandshakeProof p = HandshakeProof.of(stack, X25519_ECDSA);
            boolean sunJsse17 = stack == TlsStack.SUNJSSE && Runtime.version().feature() < 20;
            assertEquals(sunJsse17 ? List.of("x25519", "secp256r1") : List.of("x25519"), p.full().client().keyShares(), stack.name());
            assertTrue(p.full().client().signatureSchemes().contains("ecdsa_secp256r1_sha256"), stack + " " + p.full().client());
            assertEquals(sunJsse17, p.wireNote().startsWith("client also sends a P-256 key share"), stack + ": " + p.wireNote());
        }
    }

    /** bctls 1.87 and BoringSSL send a second, classical share beside the hybrid when one is allowed: none is. */
    @Test
    void aHybridClientSendsTheHybridShareAlone() {
        for (TlsStack stack : List.of(TlsStack.BCJSSE_BC, TlsStack.CONSCRYPT)) {
            assertEquals(List.of("X25519MLKEM768"), HandshakeProof.of(stack, HYBRID_ECDSA).full().client().keyShares(), stack.name());
        }
    }

    /**
     * A BCJSSE client also allowed secp256r1 sends a P-256 share beside the hybrid one (as it did
     * when every ECDSA pin allowed it): the check fails the handshake, FAILED rather than unsupported.
     */
    @Test
    void aClientKeyShareNotListedForThePinFailsSetup() {
        Peers bc = Peers.same(TlsStack.BCJSSE_BC);
        TlsEndpoints endpoints = TlsEndpoints.make(bc, HYBRID_ECDSA, ServerKeyManager.DEFAULT, p -> p);
        SSLEngine client = endpoints.newClient(Resumption.FULL);
        TlsStack.BCJSSE_BC.driver().pinGroups(client, List.of(TlsGroup.X25519MLKEM768, TlsGroup.SECP256R1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HandshakeCheck.handshake(new EnginePump(),
                client, endpoints.newServer(Resumption.FULL), bc, HYBRID_ECDSA, false));
        assertTrue(e.getMessage().contains("the client sent key share(s) for secp256r1, which are not listed"), e.getMessage());
    }
}
