package dev.tlsbench.handshake;

import dev.tlsbench.kem.Encapsulated;
import dev.tlsbench.kem.Kem;
import dev.tlsbench.kem.KemCiphertext;
import dev.tlsbench.kem.KemEngine;
import dev.tlsbench.kem.KemKeyPair;
import dev.tlsbench.kem.KemPublicKey;
import dev.tlsbench.kem.KemWorkload;
import dev.tlsbench.kem.MlKem;
import dev.tlsbench.kex.KeyShareCodec;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * A hybrid KEM group (X25519MLKEM768), one side. Client: fresh ML-KEM and X25519 key pairs (their
 * cost counts, their shares are encoded), then the decapsulation of the server's ciphertext and the
 * agreement with its X25519 share. Server: encapsulation to the client's keys (an X25519 key pair,
 * the agreement, ML-KEM encapsulation), its X25519 share encoded. The client decapsulates with a
 * setup key pair: the server's ciphertext can only match a key that existed before it.
 *
 * <p>Setup proves, by running the part itself: the client's secret is the one the server
 * encapsulated; the server's secret is the one the client decapsulates from what it sent (as
 * decoded off the wire); a client's fresh key pair works (its encoded public keys, decoded,
 * encapsulate to a secret it decapsulates).
 */
final class EncapsulationPart {

    private EncapsulationPart() {
    }

    static HandshakePart prepare(ProviderSet provider, Kem hybrid, Side side, boolean wire) throws GeneralSecurityException {
        if (hybrid.ecdh() == null) {
            throw new IllegalArgumentException(hybrid + ": only a hybrid's wire format is composed here");
        }
        KemWorkload kem = new KemWorkload(provider, hybrid);
        KemEngine engine = kem.engine();
        String what = provider.label() + " " + hybrid;
        int n = KemWorkload.PAIRS;
        if (!wire) {
            HandshakePart part;
            if (side == Side.SERVER) {
                part = sink -> sink.accept(kem.encapsulate());
                for (int i = 0; i < n; i++) {
                    Encapsulated e = Recorded.run(part).get(0, Encapsulated.class);
                    same(what, "the server's secret is not what the client decapsulates", e.sharedSecret(),
                            engine.decapsulate(kem.pair(i), e.ciphertext()));
                }
                return part;
            }
            part = sink -> {
                sink.accept(kem.keyGen());
                sink.accept(kem.decapsulate());
            };
            for (int i = 0; i < n; i++) {
                Recorded r = Recorded.run(part);
                KemKeyPair fresh = r.get(0, KemKeyPair.class);
                Encapsulated toFresh = engine.encapsulate(fresh.publicKey());
                same(what, "a fresh key pair does not decapsulate what was encapsulated to it", toFresh.sharedSecret(),
                        engine.decapsulate(fresh, toFresh.ciphertext()));
                same(what, "the client's secret is not the one the server encapsulated", kem.secret(i), r.bytes(1));
            }
            return part;
        }
        MlKem mlKem = new MlKem(provider, hybrid.parameters());
        KeyShareCodec ecdh = new KeyShareCodec(provider, hybrid.ecdh(), kem.pair(0).ecdh().getPublic());
        byte[][] clientMlKem = new byte[n][];
        byte[][] clientEcdh = new byte[n][];
        byte[][] serverEcdh = new byte[n][];
        for (int i = 0; i < n; i++) {
            clientMlKem[i] = kem.pair(i).mlKem().getPublic().getEncoded();
            clientEcdh[i] = ecdh.encode(kem.pair(i).ecdh().getPublic());
            serverEcdh[i] = ecdh.encode(kem.ciphertext(i).ecdh());
        }
        int[] next = {0};
        if (side == Side.SERVER) {
            // results: the encapsulation (secret, ciphertext), then the server's X25519 share as sent
            HandshakePart part = sink -> {
                int i = next[0];
                next[0] = (i + 1) % n;
                Encapsulated e = engine.encapsulate(new KemPublicKey(mlKem.decodePublic(clientMlKem[i]), ecdh.decode(clientEcdh[i])));
                sink.accept(e);
                sink.accept(ecdh.encode(e.ciphertext().ecdh()));
            };
            for (int i = 0; i < n; i++) {
                Recorded r = Recorded.run(part);
                Encapsulated e = r.get(0, Encapsulated.class);
                same(what, "the server's secret is not what the client decapsulates from what it sent", e.sharedSecret(),
                        engine.decapsulate(kem.pair(i), new KemCiphertext(e.ciphertext().mlKem(), ecdh.decode(r.bytes(1)))));
            }
            return part;
        }
        // results: the fresh key pair, its ML-KEM key and X25519 share as sent, then the secret
        HandshakePart part = sink -> {
            int i = next[0];
            next[0] = (i + 1) % n;
            KemKeyPair fresh = kem.keyGen();
            sink.accept(fresh);
            sink.accept(fresh.mlKem().getPublic().getEncoded());
            sink.accept(ecdh.encode(fresh.ecdh().getPublic()));
            sink.accept(engine.decapsulate(kem.pair(i), new KemCiphertext(kem.ciphertext(i).mlKem(), ecdh.decode(serverEcdh[i]))));
        };
        for (int i = 0; i < n; i++) {
            Recorded r = Recorded.run(part);
            same(what, "the client's secret is not the one the server encapsulated", kem.secret(i), r.bytes(3));
            Encapsulated toFresh = engine.encapsulate(new KemPublicKey(mlKem.decodePublic(r.bytes(1)), ecdh.decode(r.bytes(2))));
            same(what, "a fresh key pair does not decapsulate what was encapsulated to its shares as sent", toFresh.sharedSecret(),
                    engine.decapsulate(r.get(0, KemKeyPair.class), toFresh.ciphertext()));
        }
        return part;
    }

    private static void same(String what, String problem, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(what + ": " + problem);
        }
    }
}
