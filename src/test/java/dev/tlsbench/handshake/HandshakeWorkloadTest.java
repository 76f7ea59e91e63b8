package dev.tlsbench.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every cell of handshake-cost on every provider that loads here: its setup (with every proof) either
 * succeeds and a few handshakes run, or refuses with Unsupported; nothing else. As in a handshake is
 * supported exactly where the primitives are, except where the client must read a key its provider
 * has no KeyFactory for (ACCP and Ed25519).
 */
class HandshakeWorkloadTest {

    @Test
    void everyCellIsProvenOrUnsupported() throws Exception {
        TreeMap<String, String> states = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (JcaProvider provider : JcaProvider.values()) {
            if (!provider.availability().loaded()) {
                continue;
            }
            for (HandshakeCrypto handshake : HandshakeCrypto.values()) {
                for (Side side : Side.values()) {
                    boolean primitives = supported(provider, handshake, side, Composition.PRIMITIVES, states);
                    boolean wire = supported(provider, handshake, side, Composition.AS_IN_A_HANDSHAKE, states);
                    boolean noEd25519KeyFactory = provider == JcaProvider.ACCP && handshake.certificate().name().equals("ED25519");
                    if (wire != (primitives && !(noEd25519KeyFactory && side == Side.CLIENT))) {
                        mismatches.add(provider + " " + handshake + " " + side + ": primitives " + primitives + ", as in a handshake " + wire);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches, () -> String.join("\n", states.entrySet().stream().map(Object::toString).toList()));
        assertTrue(states.values().stream().anyMatch("measured"::equals));
    }

    private static boolean supported(JcaProvider provider, HandshakeCrypto handshake, Side side, Composition composition,
                                     TreeMap<String, String> states) throws Exception {
        String cell = provider + " " + handshake + " " + side + " " + composition;
        HandshakeWorkload w;
        try {
            w = HandshakeWorkload.prepare(provider, handshake, side, composition);
        } catch (Unsupported u) {
            states.put(cell, "unsupported: " + u.getMessage());
            return false;
        }
        List<Object> sunk = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            w.oneHandshake(sunk::add);
        }
        assertTrue(!sunk.isEmpty() && sunk.stream().noneMatch(Boolean.FALSE::equals), cell + " sank " + sunk);
        states.put(cell, "measured");
        return true;
    }
}
