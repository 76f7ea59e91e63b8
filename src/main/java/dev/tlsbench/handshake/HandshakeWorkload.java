package dev.tlsbench.handshake;

import dev.tlsbench.auth.CertificateVerifyContent;
import dev.tlsbench.auth.KeyType;
import dev.tlsbench.auth.RsaKeyTransportWorkload;
import dev.tlsbench.auth.SignatureScheme;
import dev.tlsbench.auth.SignatureWorkload;
import dev.tlsbench.bench.Payloads;
import dev.tlsbench.handshake.KeyEstablishment.Encapsulation;
import dev.tlsbench.handshake.KeyEstablishment.Ephemeral;
import dev.tlsbench.handshake.KeyEstablishment.RsaTransport;
import dev.tlsbench.kem.KemCiphertext;
import dev.tlsbench.kem.KemKeyPair;
import dev.tlsbench.kem.KemPublicKey;
import dev.tlsbench.kem.KemWorkload;
import dev.tlsbench.kem.MlKem;
import dev.tlsbench.kex.KeyExchangeWorkload;
import dev.tlsbench.kex.KeyExchanger;
import dev.tlsbench.kex.KeyShareCodec;
import dev.tlsbench.provider.Jca;
import dev.tlsbench.provider.ProviderSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.crypto.interfaces.DHPublicKey;

/**
 * The public-key crypto one side performs in one full handshake, composed from the primitives'
 * own workloads (each proven in its setup: the two sides of the key exchange agree, the
 * premaster round-trips, the decapsulated secret is the encapsulated one, a signature verifies
 * and fails for a changed content). Everything comes from one provider; a part it cannot do
 * makes the whole combination {@link dev.tlsbench.provider.Unsupported}.
 *
 * <p>Per handshake: TLS 1.2 RSA: client encrypts the premaster, server decrypts it. (EC)DHE:
 * each side generates an ephemeral key pair and agrees with the peer's share; the server signs
 * (CertificateVerify, or ServerKeyExchange in TLS 1.2), the client verifies that one signature.
 * X25519MLKEM768: client generates the ML-KEM and X25519 key pairs, then decapsulates the server's
 * ciphertext and agrees with its X25519 share; server encapsulates (X25519 key pair, agreement,
 * ML-KEM encapsulation). With {@link Composition#AS_IN_A_HANDSHAKE} each side also decodes what
 * it reads off the wire and initialises its Signature or Cipher per handshake. Certificate-chain
 * validation is not included. Every result computed goes to the caller's sink.
 */
public final class HandshakeWorkload {

    /** One part of a side's work; every result goes to the sink so nothing is dead code. */
    @FunctionalInterface
    private interface Part {
        void run(Consumer<Object> sink) throws GeneralSecurityException;
    }

    private final Part keyExchange;
    private final Part authentication;

    private HandshakeWorkload(Part keyExchange, Part authentication) {
        this.keyExchange = keyExchange;
        this.authentication = authentication;
    }

    /** Prepares and proves every part {@code side} performs in {@code handshake} on {@code provider}. */
    public static HandshakeWorkload prepare(ProviderSet provider, HandshakeCrypto handshake, Side side, Composition composition)
            throws GeneralSecurityException {
        boolean wire = composition == Composition.AS_IN_A_HANDSHAKE;
        return new HandshakeWorkload(keyExchange(provider, handshake, side, wire), authentication(provider, handshake, side, wire));
    }

    /** One handshake's public-key crypto of this side, every result handed to {@code sink}. */
    public void oneHandshake(Consumer<Object> sink) throws GeneralSecurityException {
        keyExchange.run(sink);
        authentication.run(sink);
    }

    private static Part keyExchange(ProviderSet provider, HandshakeCrypto handshake, Side side, boolean wire)
            throws GeneralSecurityException {
        KeyEstablishment establishment = handshake.keyEstablishment();
        if (establishment instanceof RsaTransport transport) {
            return rsaTransport(provider, RsaKeyTransportWorkload.prepare(provider, transport.rsa()), side, wire);
        }
        if (establishment instanceof Ephemeral ephemeral) {
            return ephemeral(new KeyExchangeWorkload(provider, ephemeral.group()), provider, ephemeral, wire);
        }
        return encapsulation(provider, (Encapsulation) establishment, side, wire);
    }

    private static Part rsaTransport(ProviderSet provider, RsaKeyTransportWorkload rsa, Side side, boolean wire) {
        if (!wire) {
            return side == Side.CLIENT ? sink -> sink.accept(rsa.encryptNext()) : sink -> sink.accept(rsa.decryptNext());
        }
        if (side == Side.SERVER) {
            return sink -> sink.accept(rsa.decryptNextReinitialised());
        }
        KeyFactory rsaKeys = Jca.keyFactory(provider, KeyType.RSA_2048.generatorNames());
        byte[] certificateKey = rsa.serverKeyEncoding();
        return sink -> {
            PublicKey serverKey = rsaKeys.generatePublic(new X509EncodedKeySpec(certificateKey));
            sink.accept(serverKey);
            sink.accept(rsa.encryptNextWith(serverKey));
        };
    }

    /** Both sides do the same: a fresh key pair, then agreement with the peer's share (read off the wire, or not). */
    private static Part ephemeral(KeyExchangeWorkload kex, ProviderSet provider, Ephemeral group, boolean wire)
            throws GeneralSecurityException {
        if (!wire) {
            return sink -> {
                KeyPair own = kex.keyGen();
                sink.accept(own.getPublic());
                sink.accept(kex.agreeWithNextPeer(own.getPrivate()));
            };
        }
        PublicKey[] peers = kex.peerKeys();
        KeyShareCodec codec = new KeyShareCodec(provider, group.group(), peers[0]);
        byte[][] shares = new byte[peers.length][];
        KeyPair probe = kex.keyGen();
        for (int i = 0; i < peers.length; i++) {
            shares[i] = codec.encode(peers[i]);
            // the share read off the wire is the same key: it gives the same secret
            byte[] expected = kex.agree(probe.getPrivate(), peers[i]).clone();
            if (!Arrays.equals(expected, kex.agree(probe.getPrivate(), codec.decode(shares[i])))) {
                throw new IllegalStateException(provider.label() + " " + group.group() + ": a decoded key share agrees differently");
            }
        }
        int[] next = {0};
        return sink -> {
            PublicKey peer = codec.decode(shares[next[0]]);
            next[0] = (next[0] + 1) % shares.length;
            KeyPair own = kex.keyGen();
            sink.accept(codec.encode(own.getPublic()));
            sink.accept(kex.agree(own.getPrivate(), peer));
        };
    }

    private static Part encapsulation(ProviderSet provider, Encapsulation encapsulation, Side side, boolean wire)
            throws GeneralSecurityException {
        KemWorkload kem = new KemWorkload(provider, encapsulation.kem());
        if (!wire) {
            // The client's fresh key pair is generated (its cost counts) but the decapsulation uses a
            // setup key pair: the server's ciphertext can only match a key that existed before it.
            return side == Side.SERVER ? sink -> sink.accept(kem.encapsulate()) : sink -> {
                sink.accept(kem.keyGen());
                sink.accept(kem.decapsulate());
            };
        }
        MlKem mlKem = new MlKem(provider, encapsulation.kem().parameters());
        KeyShareCodec ecdh = new KeyShareCodec(provider, encapsulation.kem().ecdh(), kem.pair(0).ecdh().getPublic());
        int n = KemWorkload.PAIRS;
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
            return sink -> {
                int i = next[0];
                next[0] = (i + 1) % n;
                KemPublicKey peer = new KemPublicKey(mlKem.decodePublic(clientMlKem[i]), ecdh.decode(clientEcdh[i]));
                sink.accept(kem.engine().encapsulate(peer));
            };
        }
        return sink -> {
            int i = next[0];
            next[0] = (i + 1) % n;
            sink.accept(kem.keyGen());
            KemKeyPair own = kem.pair(i);
            sink.accept(kem.engine().decapsulate(own, new KemCiphertext(kem.ciphertext(i).mlKem(), ecdh.decode(serverEcdh[i]))));
        };
    }

    private static Part authentication(ProviderSet provider, HandshakeCrypto handshake, Side side, boolean wire)
            throws GeneralSecurityException {
        if (handshake.signature().isEmpty()) {
            return sink -> { };
        }
        SignatureScheme scheme = handshake.signature().get();
        SignatureWorkload signature = SignatureWorkload.prepare(provider, scheme, signedContents(provider, handshake));
        if (!wire) {
            return side == Side.SERVER ? sink -> sink.accept(signature.signNext()) : sink -> sink.accept(signature.verifyNext());
        }
        if (side == Side.SERVER) {
            return sink -> sink.accept(signature.signNextReinitialised());
        }
        KeyFactory keys = Jca.keyFactory(provider, scheme.keyType().generatorNames());
        byte[] certificateKey = signature.publicKeyEncoding();
        return sink -> {
            PublicKey key = keys.generatePublic(new X509EncodedKeySpec(certificateKey));
            sink.accept(signature.verifyNextWith(key));
        };
    }

    /** What the server signs, of the real layout and length; the inputs vary by transcript or randoms. */
    private static byte[][] signedContents(ProviderSet provider, HandshakeCrypto handshake) {
        byte[][] contents = new byte[SignatureWorkload.INPUTS][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = handshake.protocol() == TlsProtocol.TLS13
                    ? CertificateVerifyContent.of(Payloads.bytes(CertificateVerifyContent.TRANSCRIPT_HASH_LENGTH, i))
                    : ServerKeyExchangeContent.of(Payloads.bytes(32, 2L * i), Payloads.bytes(32, 2L * i + 1),
                            dhShare(provider, handshake));
        }
        return contents;
    }

    private static DHPublicKey dhShare(ProviderSet provider, HandshakeCrypto handshake) {
        PublicKey share = new KeyExchanger(provider, ((Ephemeral) handshake.keyEstablishment()).group()).generateKeyPair().getPublic();
        if (!(share instanceof DHPublicKey dh)) {
            throw new IllegalStateException(handshake + ": a TLS 1.2 ServerKeyExchange is only built for FFDHE here");
        }
        return dh;
    }
}
