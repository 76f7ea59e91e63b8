package dev.tlsbench.tls.wire;

import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.config.TlsSuite;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a captured handshake (the bytes each side wrote) and returns what the plaintext hellos
 * negotiated and what the client offered (its key shares, supported_groups and
 * signature_algorithms). Only the fields the proof needs are parsed; anything malformed throws.
 */
public final class TlsWire {

    private static final int CHANGE_CIPHER_SPEC = 20;
    private static final int HANDSHAKE = 22;
    private static final int CLIENT_HELLO = 1;
    private static final int SERVER_HELLO = 2;
    private static final int SERVER_KEY_EXCHANGE = 12;
    private static final int EXT_SUPPORTED_GROUPS = 10;
    private static final int EXT_SIGNATURE_ALGORITHMS = 13;
    private static final int EXT_SESSION_TICKET = 35;
    private static final int EXT_PRE_SHARED_KEY = 41;
    private static final int EXT_SUPPORTED_VERSIONS = 43;
    private static final int EXT_KEY_SHARE = 51;

    /** RFC 8446 4.1.3: a ServerHello with this random is a HelloRetryRequest. */
    private static final byte[] HRR_RANDOM = HexFormat.of().parseHex(
            "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

    /** RFC 7919 ffdhe2048 starts with these 128 bits (RFC 3526's 2048-bit MODP group does not). */
    private static final BigInteger FFDHE2048_TOP = new BigInteger("ffffffffffffffffadf85458a2bb4a9a", 16);

    private TlsWire() {
    }

    /** Parses one handshake: the bytes the client wrote and the bytes the server wrote. */
    public static WireHello parse(byte[] fromClient, byte[] fromServer) {
        List<byte[]> serverMessages = handshakeMessages(fromServer, true);
        Hello serverHello = lastServerHello(serverMessages);
        boolean tls13 = serverHello.version == 0x0304;
        if (tls13) {
            // TLS 1.3 encrypts everything after the ServerHello as record type 23, so plaintext
            // handshake records after a (compatibility) ChangeCipherSpec are a real ServerHello
            // following a HelloRetryRequest.
            serverMessages = handshakeMessages(fromServer, false);
            serverHello = lastServerHello(serverMessages);
        }
        boolean hrr = serverMessages.stream().anyMatch(m -> m[0] == SERVER_HELLO && parseServerHello(m).retry);
        List<Hello> clientHellos = clientHellos(handshakeMessages(fromClient, !tls13));
        Hello clientHello = clientHellos.get(clientHellos.size() - 1);
        TlsSuite known = TlsSuite.ofCodePoint(serverHello.suite);
        String suite = known != null ? known.name() : String.format("0x%04X", serverHello.suite);
        String protocol = tls13 ? "TLSv1.3" : serverHello.version == 0x0303 ? "TLSv1.2"
                : String.format("0x%04X", serverHello.version);
        String resumedBy;
        String group;
        int signature = -1;
        if (tls13) {
            resumedBy = serverHello.pskSelected ? "PSK" : "";
            group = groupName(serverHello.keyShareGroup);
        } else {
            boolean echoed = serverHello.sessionId.length > 0
                    && java.util.Arrays.equals(serverHello.sessionId, clientHello.sessionId);
            resumedBy = !echoed ? "" : clientHello.offeredTicket ? "session ticket" : "session ID";
            if (echoed) {
                group = null;
            } else if (known == null) {
                group = "(the key exchange of an unknown suite)"; // its ServerKeyExchange cannot be read
            } else if (known.isRsaKeyTransport()) {
                group = "";
            } else {
                ByteBuffer ske = serverKeyExchange(suite, serverMessages);
                group = tls12Group(known, ske);
                signature = ske.getShort() & 0xFFFF; // SignatureAndHashAlgorithm, right after the params
            }
        }
        return new WireHello(protocol, suite, group, resumedBy, hrr, signature, offer(clientHellos));
    }

    /** What the client's first ClientHello offered, and the key shares of its second (after a HelloRetryRequest). */
    private static ClientOffer offer(List<Hello> clientHellos) {
        Hello first = clientHellos.get(0);
        List<String> retry = clientHellos.size() > 1 ? names(clientHellos.get(1).keyShares) : List.of();
        return new ClientOffer(names(first.keyShares), retry, names(first.groups),
                first.signatureSchemes.stream().map(SignatureSchemeNames::of).toList());
    }

    private static List<String> names(List<Integer> groups) {
        return groups.stream().map(TlsWire::groupName).toList();
    }

    private static ByteBuffer serverKeyExchange(String suite, List<byte[]> serverMessages) {
        byte[] ske = serverMessages.stream().filter(m -> m[0] == SERVER_KEY_EXCHANGE).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ServerKeyExchange for " + suite));
        return ByteBuffer.wrap(ske, 4, ske.length - 4);
    }

    /** Reads the group from a TLS 1.2 ServerKeyExchange, leaving {@code b} after the parameters. */
    private static String tls12Group(TlsSuite suite, ByteBuffer b) {
        if (suite.keyExchange() == TlsSuite.KeyExchangeKind.ECDHE) {
            int curveType = b.get() & 0xFF;
            if (curveType != 3) {
                throw new IllegalStateException("ServerKeyExchange curve_type " + curveType + " is not named_curve");
            }
            String group = groupName(b.getShort() & 0xFFFF);
            int pointLength = b.get() & 0xFF;
            b.position(b.position() + pointLength); // the server's public point
            return group;
        }
        byte[] p = opaque16(b);
        opaque16(b); // g
        opaque16(b); // Ys
        BigInteger prime = new BigInteger(1, p);
        boolean ffdhe2048 = prime.bitLength() == 2048 && prime.shiftRight(2048 - 128).equals(FFDHE2048_TOP);
        return ffdhe2048 ? TlsGroup.FFDHE2048.jsseName() : "DH-" + prime.bitLength() + " (not ffdhe2048)";
    }

    private static byte[] opaque16(ByteBuffer b) {
        byte[] v = new byte[b.getShort() & 0xFFFF];
        b.get(v);
        return v;
    }

    private static String groupName(int codePoint) {
        TlsGroup g = TlsGroup.ofCodePoint(codePoint);
        return g == null ? String.format("0x%04X", codePoint) : g.jsseName();
    }

    /** The handshake messages (type byte first) in a direction's records, up to the first CCS if asked. */
    static List<byte[]> handshakeMessages(byte[] stream, boolean stopAtChangeCipherSpec) {
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        ByteBuffer b = ByteBuffer.wrap(stream);
        while (b.remaining() >= 5) {
            int type = b.get() & 0xFF;
            b.getShort();
            int length = b.getShort() & 0xFFFF;
            byte[] fragment = new byte[length];
            b.get(fragment);
            if (type == CHANGE_CIPHER_SPEC && stopAtChangeCipherSpec) {
                break;
            }
            if (type == HANDSHAKE) {
                handshake.writeBytes(fragment);
            }
        }
        List<byte[]> messages = new ArrayList<>();
        ByteBuffer h = ByteBuffer.wrap(handshake.toByteArray());
        while (h.remaining() >= 4) {
            int start = h.position();
            h.get();
            int length = ((h.get() & 0xFF) << 16) | ((h.get() & 0xFF) << 8) | (h.get() & 0xFF);
            if (length > h.remaining()) {
                break;
            }
            byte[] message = new byte[4 + length];
            h.position(start);
            h.get(message);
            messages.add(message);
        }
        return messages;
    }

    private static Hello lastServerHello(List<byte[]> messages) {
        return last(messages, SERVER_HELLO, TlsWire::parseServerHello, "ServerHello");
    }

    /** Every ClientHello the client wrote, in order: two when the server asked for a retry. */
    private static List<Hello> clientHellos(List<byte[]> messages) {
        List<Hello> hellos = messages.stream().filter(m -> m[0] == CLIENT_HELLO).map(TlsWire::parseClientHello).toList();
        if (hellos.isEmpty()) {
            throw new IllegalStateException("no ClientHello on the wire");
        }
        return hellos;
    }

    private static Hello last(List<byte[]> messages, int type, java.util.function.Function<byte[], Hello> parser, String name) {
        Hello last = null;
        for (byte[] m : messages) {
            if (m[0] == type) {
                last = parser.apply(m);
            }
        }
        if (last == null) {
            throw new IllegalStateException("no " + name + " on the wire");
        }
        return last;
    }

    private static final class Hello {
        int version;
        int suite;
        byte[] sessionId;
        boolean retry;
        boolean pskSelected;
        boolean offeredTicket;
        int keyShareGroup = -1;
        final List<Integer> groups = new ArrayList<>();
        final List<Integer> keyShares = new ArrayList<>();
        final List<Integer> signatureSchemes = new ArrayList<>();
    }

    private static Hello parseServerHello(byte[] m) {
        Hello h = new Hello();
        ByteBuffer b = ByteBuffer.wrap(m, 4, m.length - 4);
        h.version = b.getShort() & 0xFFFF;
        byte[] random = new byte[32];
        b.get(random);
        h.retry = java.util.Arrays.equals(random, HRR_RANDOM);
        h.sessionId = new byte[b.get() & 0xFF];
        b.get(h.sessionId);
        h.suite = b.getShort() & 0xFFFF;
        b.get(); // compression
        if (b.remaining() >= 2) {
            int end = (b.getShort() & 0xFFFF) + b.position();
            while (b.position() < end) {
                int type = b.getShort() & 0xFFFF;
                int length = b.getShort() & 0xFFFF;
                int next = b.position() + length;
                if (type == EXT_SUPPORTED_VERSIONS) {
                    h.version = b.getShort() & 0xFFFF;
                } else if (type == EXT_KEY_SHARE) {
                    h.keyShareGroup = b.getShort() & 0xFFFF;
                } else if (type == EXT_PRE_SHARED_KEY) {
                    h.pskSelected = true;
                }
                b.position(next);
            }
        }
        return h;
    }

    /** The code points of the supported_groups extension of the first ClientHello the client wrote. */
    public static List<Integer> clientGroups(byte[] fromClient) {
        return handshakeMessages(fromClient, true).stream().filter(m -> m[0] == CLIENT_HELLO).findFirst()
                .map(m -> parseClientHello(m).groups).orElseThrow(() -> new IllegalStateException("no ClientHello on the wire"));
    }

    /** A uint16 list with a two-byte length (supported_groups, signature_algorithms) at b's position, which stays. */
    private static void readUint16List(ByteBuffer b, List<Integer> out) {
        ByteBuffer list = b.slice(b.position() + 2, b.getShort(b.position()) & 0xFFFF);
        while (list.remaining() >= 2) {
            out.add(list.getShort() & 0xFFFF);
        }
    }

    /**
     * The groups of a ClientHello's key_share (RFC 8446 4.2.8: client_shares, each a group and its
     * key_exchange with a two-byte length) at b's position, which stays; a share that overruns the
     * list is malformed.
     */
    private static void readKeyShareGroups(ByteBuffer b, List<Integer> out) {
        ByteBuffer shares = b.slice(b.position() + 2, b.getShort(b.position()) & 0xFFFF);
        while (shares.hasRemaining()) {
            int group = shares.getShort() & 0xFFFF;
            int length = shares.getShort() & 0xFFFF;
            if (length == 0 || length > shares.remaining()) {
                throw new IllegalStateException(String.format("key_share entry for 0x%04X with %d bytes of key_exchange,"
                        + " %d left", group, length, shares.remaining()));
            }
            shares.position(shares.position() + length);
            out.add(group);
        }
    }

    private static Hello parseClientHello(byte[] m) {
        Hello h = new Hello();
        ByteBuffer b = ByteBuffer.wrap(m, 4, m.length - 4);
        h.version = b.getShort() & 0xFFFF;
        b.position(b.position() + 32);
        h.sessionId = new byte[b.get() & 0xFF];
        b.get(h.sessionId);
        int suitesLength = b.getShort() & 0xFFFF;
        b.position(b.position() + suitesLength);
        int compressionLength = b.get() & 0xFF;
        b.position(b.position() + compressionLength);
        if (b.remaining() >= 2) {
            int end = (b.getShort() & 0xFFFF) + b.position();
            while (b.position() < end) {
                int type = b.getShort() & 0xFFFF;
                int length = b.getShort() & 0xFFFF;
                if (type == EXT_SESSION_TICKET && length > 0) {
                    h.offeredTicket = true;
                } else if (type == EXT_SUPPORTED_GROUPS) {
                    readUint16List(b, h.groups);
                } else if (type == EXT_SIGNATURE_ALGORITHMS) {
                    readUint16List(b, h.signatureSchemes);
                } else if (type == EXT_KEY_SHARE) {
                    readKeyShareGroups(b, h.keyShares);
                }
                b.position(b.position() + length);
            }
        }
        return h;
    }
}
