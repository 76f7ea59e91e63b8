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
     * The whole schedule of one handshake.
     *
     * @param sharedSecret  the (EC)DHE or KEM shared secret
     * @param helloHash     transcript hash of ClientHello..ServerHello
     * @param finishedHash  transcript hash of ClientHello..server Finished
     */
    public Tls13Secrets derive(byte[] sharedSecret, byte[] helloHash, byte[] finishedHash) {
        byte[] early = hkdf.extract(zeros, zeros);
        byte[] handshake = hkdf.extract(expandLabel(early, "derived", EMPTY_HASH_SHA256, hashLength), sharedSecret);
        byte[] cHs = expandLabel(handshake, "c hs traffic", helloHash, hashLength);
        byte[] sHs = expandLabel(handshake, "s hs traffic", helloHash, hashLength);
        byte[] master = hkdf.extract(expandLabel(handshake, "derived", EMPTY_HASH_SHA256, hashLength), zeros);
        byte[] cAp = expandLabel(master, "c ap traffic", finishedHash, hashLength);
        byte[] sAp = expandLabel(master, "s ap traffic", finishedHash, hashLength);
        return new Tls13Secrets(early, handshake, cHs, sHs, master, cAp, sAp,
                trafficKeys(cHs), trafficKeys(sHs), trafficKeys(cAp), trafficKeys(sAp));
    }

    private Tls13Secrets.TrafficKeys trafficKeys(byte[] trafficSecret) {
        return new Tls13Secrets.TrafficKeys(expandLabel(trafficSecret, "key", new byte[0], keyLength),
                expandLabel(trafficSecret, "iv", new byte[0], IV_LENGTH));
    }

    /** HKDF-Expand-Label(secret, label, context, length) with the HkdfLabel structure of RFC 8446 s.7.1. */
    private byte[] expandLabel(byte[] secret, String label, byte[] context, int length) {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        byte[] info = new byte[2 + 1 + fullLabel.length + 1 + context.length];
        info[0] = (byte) (length >>> 8);
        info[1] = (byte) length;
        info[2] = (byte) fullLabel.length;
        System.arraycopy(fullLabel, 0, info, 3, fullLabel.length);
        info[3 + fullLabel.length] = (byte) context.length;
        System.arraycopy(context, 0, info, 4 + fullLabel.length, context.length);
        return hkdf.expand(secret, info, length);
    }
}
