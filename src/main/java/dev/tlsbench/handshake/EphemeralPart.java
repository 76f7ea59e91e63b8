package dev.tlsbench.handshake;

import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.kex.KeyExchangeWorkload;
import dev.tlsbench.kex.KeyShareCodec;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * An ephemeral (EC)DH exchange, one side (both do the same): a fresh key pair, then its agreement
 * with the peer's share. Setup proves, by running the part itself, that every secret it computes
 * is the one the peer computes from the share this side sends: both ways of the agreement.
 */
final class EphemeralPart {

    private EphemeralPart() {
    }

    static HandshakePart prepare(ProviderSet provider, KeyExchange group, boolean wire) throws GeneralSecurityException {
        KeyExchangeWorkload kex = new KeyExchangeWorkload(provider, group);
        String what = provider.label() + " " + group;
        int peers = kex.peerKeys().length;
        if (!wire) {
            // results: the own public key, then the secret with the next peer (peer i on the i-th run)
            HandshakePart part = sink -> {
                KeyPair own = kex.keyGen();
                sink.accept(own.getPublic());
                sink.accept(kex.agreeWithNextPeer(own.getPrivate()));
            };
            for (int i = 0; i < peers; i++) {
                Recorded r = Recorded.run(part);
                agreesBothWays(what, r.bytes(1), kex.agreeAsPeer(i, r.get(0, PublicKey.class)));
            }
            return part;
        }
        PublicKey[] peerKeys = kex.peerKeys();
        KeyShareCodec codec = new KeyShareCodec(provider, group, peerKeys[0]);
        byte[][] shares = new byte[peers][];
        KeyPair probe = kex.keyGen();
        for (int i = 0; i < peers; i++) {
            shares[i] = codec.encode(peerKeys[i]);
            // the share read off the wire is the same key: it gives the same secret
            byte[] expected = kex.agree(probe.getPrivate(), peerKeys[i]).clone();
            if (!Arrays.equals(expected, kex.agree(probe.getPrivate(), codec.decode(shares[i])))) {
                throw new IllegalStateException(what + ": a decoded key share agrees differently");
            }
        }
        int[] next = {0};
        // results: the own share's wire bytes, then the secret with the share read off the wire (peer i on the i-th run)
        HandshakePart part = sink -> {
            PublicKey peer = codec.decode(shares[next[0]]);
            next[0] = (next[0] + 1) % shares.length;
            KeyPair own = kex.keyGen();
            sink.accept(codec.encode(own.getPublic()));
            sink.accept(kex.agree(own.getPrivate(), peer));
        };
        for (int i = 0; i < peers; i++) {
            Recorded r = Recorded.run(part);
            agreesBothWays(what, r.bytes(1), kex.agreeAsPeer(i, codec.decode(r.bytes(0))));
        }
        return part;
    }

    private static void agreesBothWays(String what, byte[] mine, byte[] peers) {
        if (!Arrays.equals(mine, peers)) {
            throw new IllegalStateException(what + ": the secret of a fresh key pair differs from the peer's with the share it was sent");
        }
    }
}
