package dev.tlsbench.kem;

import dev.tlsbench.kex.KeyExchanger;
import java.security.KeyPair;

/**
 * A TLS hybrid group such as X25519MLKEM768 (draft-ietf-tls-ecdhe-mlkem), composed from one
 * provider's ML-KEM and ECDH: the client sends an ML-KEM encapsulation key and an ECDH share, the
 * server encapsulates and sends its ciphertext and its own ECDH share, and the shared secret is the
 * two secrets concatenated in the group's order ({@link Kem.SecretOrder}). The server's ECDH key
 * pair is fresh per encapsulation, as in a handshake.
 */
public final class HybridKem implements KemEngine {

    private final MlKem mlKem;
    private final KeyExchanger ecdh;
    private final Kem.SecretOrder order;

    /** Both halves come from one provider (see {@link Kem#engine}). */
    HybridKem(MlKem mlKem, KeyExchanger ecdh, Kem.SecretOrder order) {
        this.mlKem = mlKem;
        this.ecdh = ecdh;
        this.order = order;
    }

    @Override
    public KemKeyPair generateKeyPair() {
        return new KemKeyPair(mlKem.generateKeyPair().mlKem(), ecdh.generateKeyPair());
    }

    @Override
    public Encapsulated encapsulate(KemPublicKey peer) {
        byte[][] pq = mlKem.encapsulate(peer.mlKem());
        KeyPair share = ecdh.generateKeyPair();
        byte[] secret = combine(pq[0], ecdh.agree(share.getPrivate(), peer.ecdh()));
        return new Encapsulated(secret, new KemCiphertext(pq[1], share.getPublic()));
    }

    @Override
    public byte[] decapsulate(KemKeyPair own, KemCiphertext ciphertext) {
        byte[] pq = mlKem.decapsulate(own.mlKem().getPrivate(), ciphertext.mlKem());
        return combine(pq, ecdh.agree(own.ecdh().getPrivate(), ciphertext.ecdh()));
    }

    private byte[] combine(byte[] mlKemSecret, byte[] ecdhSecret) {
        return order == Kem.SecretOrder.ML_KEM_FIRST ? concat(mlKemSecret, ecdhSecret) : concat(ecdhSecret, mlKemSecret);
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
