package dev.tlsbench.kdf;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The TLS 1.3 key schedule of one full (EC)DHE handshake without PSK, RFC 8446 section 7.1: early
 * secret, "derived", handshake secret, client/server handshake traffic secrets, "derived", master
 * secret, client/server application traffic secrets, and the key and IV of each of those four
 * traffic secrets (section 7.3). All HKDF work is the provider's; transcript hashes are inputs
 * (hashing the handshake messages is not key derivation). Finished keys, the exporter and the
 * resumption secret are not derived.
 */
public final class Tls13KeySchedule {

    /** SHA-256 of the empty string: the context of Derive-Secret(., "derived", ""). */
    private static final byte[] EMPTY_HASH_SHA256 =
            HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    private static final int IV_LENGTH = 12;

    private final Hkdf hkdf;
    private final int hashLength;
    private final int keyLength;
    private final byte[] zeros;

    public Tls13KeySchedule(Hkdf hkdf, Kdf kdf) {
        if (kdf.hashLength() != EMPTY_HASH_SHA256.length) {
            throw new IllegalArgumentException(kdf + ": only SHA-256 schedules are implemented");
        }
        this.hkdf = hkdf;
        this.hashLength = kdf.hashLength();
        this.keyLength = kdf.keyLength();
        this.zeros = new byte[hashLength];
    }

    /**
     * The HkdfLabel structures (RFC 8446 s.7.1) of one handshake's expand-labels, built before
     * timing: the labels are constants, the contexts the handshake's transcript hashes.
     */
    public record Labels(byte[] derived, byte[] clientHandshake, byte[] serverHandshake, byte[] clientApplication,
                         byte[] serverApplication, byte[] key, byte[] iv) {
    }

    /** The labels of a handshake with these transcript hashes (ClientHello..ServerHello, ..server Finished). */
    public Labels labels(byte[] helloHash, byte[] finishedHash) {
        return new Labels(hkdfLabel("derived", EMPTY_HASH_SHA256, hashLength),
                hkdfLabel("c hs traffic", helloHash, hashLength), hkdfLabel("s hs traffic", helloHash, hashLength),
                hkdfLabel("c ap traffic", finishedHash, hashLength), hkdfLabel("s ap traffic", finishedHash, hashLength),
                hkdfLabel("key", new byte[0], keyLength), hkdfLabel("iv", new byte[0], IV_LENGTH));
    }

    /** The whole schedule of one handshake, labels built on the way (setup and the RFC 8448 check). */
    public Tls13Secrets derive(byte[] sharedSecret, byte[] helloHash, byte[] finishedHash) {
        return derive(sharedSecret, labels(helloHash, finishedHash));
    }

    /**
     * The whole schedule of one handshake: 3 extracts and 14 expand-labels ("derived" twice, four
     * traffic secrets, and a key and an IV from each of them), all HKDF work of the provider.
     *
     * @param sharedSecret the (EC)DHE or KEM shared secret
     * @param labels       the handshake's expand-label inputs, see {@link #labels}
     */
    public Tls13Secrets derive(byte[] sharedSecret, Labels labels) {
        byte[] early = hkdf.extract(zeros, zeros);
        byte[] handshake = hkdf.extract(hkdf.expand(early, labels.derived(), hashLength), sharedSecret);
        byte[] cHs = hkdf.expand(handshake, labels.clientHandshake(), hashLength);
        byte[] sHs = hkdf.expand(handshake, labels.serverHandshake(), hashLength);
        byte[] master = hkdf.extract(hkdf.expand(handshake, labels.derived(), hashLength), zeros);
        byte[] cAp = hkdf.expand(master, labels.clientApplication(), hashLength);
        byte[] sAp = hkdf.expand(master, labels.serverApplication(), hashLength);
        return new Tls13Secrets(early, handshake, cHs, sHs, master, cAp, sAp,
                trafficKeys(cHs, labels), trafficKeys(sHs, labels), trafficKeys(cAp, labels), trafficKeys(sAp, labels));
    }

    private Tls13Secrets.TrafficKeys trafficKeys(byte[] trafficSecret, Labels labels) {
        return new Tls13Secrets.TrafficKeys(hkdf.expand(trafficSecret, labels.key(), keyLength),
                hkdf.expand(trafficSecret, labels.iv(), IV_LENGTH));
    }

    /** The HkdfLabel of HKDF-Expand-Label(secret, label, context, length), RFC 8446 s.7.1. */
    private static byte[] hkdfLabel(String label, byte[] context, int length) {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        byte[] info = new byte[2 + 1 + fullLabel.length + 1 + context.length];
        info[0] = (byte) (length >>> 8);
        info[1] = (byte) length;
        info[2] = (byte) fullLabel.length;
        System.arraycopy(fullLabel, 0, info, 3, fullLabel.length);
        info[3 + fullLabel.length] = (byte) context.length;
        System.arraycopy(context, 0, info, 4 + fullLabel.length, context.length);
        return info;
    }
}
