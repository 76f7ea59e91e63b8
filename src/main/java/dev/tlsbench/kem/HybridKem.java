package dev.tlsbench.kem;

import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.kex.KeyExchanger;
import dev.tlsbench.provider.ProviderSet;
import java.security.KeyPair;

/**
 * A TLS hybrid group such as X25519MLKEM768 (draft-ietf-tls-ecdhe-mlkem), composed from one
 * provider's ML-KEM and ECDH: the client sends an ML-KEM encapsulation key and an ECDH share, the
 * server encapsulates and sends its ciphertext and its own ECDH share, and the shared secret is the
 * ML-KEM secret followed by the ECDH secret (the order the draft gives X25519MLKEM768). The server's
 * ECDH key pair is fresh per encapsulation, as in a handshake.
 */
public final class HybridKem implements KemEngine {

    private final MlKem mlKem;
    private final KeyExchanger ecdh;

    /** @throws dev.tlsbench.provider.Unsupported when the provider lacks either half */
    public HybridKem(ProviderSet provider, String mlKemAlgorithm, KeyExchange group) {
        this.mlKem = new MlKem(provider, mlKemAlgorithm);
        this.ecdh = new KeyExchanger(provider, group);
    }

    @Override
    public KemKeyPair generateKeyPair() {
        return new KemKeyPair(mlKem.generateKeyPair().mlKem(), ecdh.generateKeyPair());
    }

    @Override
    public Encapsulated encapsulate(KemPublicKey peer) {
        byte[][] pq = mlKem.encapsulate(peer.mlKem());
        KeyPair share = ecdh.generateKeyPair();
        byte[] secret = concat(pq[0], ecdh.agree(share.getPrivate(), peer.ecdh()));
        return new Encapsulated(secret, new KemCiphertext(pq[1], share.getPublic()));
    }

    @Override
    public byte[] decapsulate(KemKeyPair own, KemCiphertext ciphertext) {
        byte[] pq = mlKem.decapsulate(own.mlKem().getPrivate(), ciphertext.mlKem());
        return concat(pq, ecdh.agree(own.ecdh().getPrivate(), ciphertext.ecdh()));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    @Override
    public String api() {
        return mlKem.api() + " + KeyAgreement";
    }
}
