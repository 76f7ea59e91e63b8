package dev.tlsbench.tls.stack;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig.Pin;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The named groups each end of a pinned configuration is limited to, first preferred. The client
 * lists its first key share's group first (SunJSSE sends its key share for the first group only;
 * BCJSSE prefers x25519), then the pinned group; the server lists only the pinned group, so a first
 * share for another group is answered with a HelloRetryRequest.
 *
 * <p>secp256r1 is added for an ECDSA-P256 certificate where a stack offers (or accepts) the
 * ecdsa_secp256r1_sha256 signature scheme only while secp256r1 is an allowed group: always on the
 * server, which sends no key share for it; on the client only where its stack needs it
 * ({@link StackDriver#tls13EcdsaP256NeedsSecp256r1}) and in TLS 1.2, which has no key shares and
 * needs the certificate's curve among the client's groups (RFC 8422 5.1), because a client generates key shares from its
 * groups and would send one for secp256r1 that the server never uses. The wire check proves which
 * group was negotiated and which key shares the client sent (see docs/sslengine.md, "Key shares").
 */
final class GroupPin {

    private GroupPin() {
    }

    static List<TlsGroup> client(HandshakeConfig config, StackDriver client) {
        Pin pin = config.requirePin();
        List<TlsGroup> groups = new ArrayList<>(List.of(pin.firstShare()));
        add(groups, pin.group());
        // TLS 1.2 (RFC 8422 5.1): an ECDSA certificate's curve must be among the client's groups; TLS 1.2 sends no key share
        boolean needed = pin.protocol() != TlsProtocol.TLS13 || client.tls13EcdsaP256NeedsSecp256r1();
        return needed ? withSignatureGroup(groups, config) : groups;
    }

    static List<TlsGroup> server(HandshakeConfig config) {
        return withSignatureGroup(new ArrayList<>(List.of(config.requirePin().group())), config);
    }

    private static List<TlsGroup> withSignatureGroup(List<TlsGroup> groups, HandshakeConfig config) {
        if (config.cert() == CertType.ECDSA_P256) {
            add(groups, TlsGroup.SECP256R1);
        }
        return groups;
    }

    private static void add(List<TlsGroup> groups, TlsGroup g) {
        if (!groups.contains(g)) {
            groups.add(g);
        }
    }

    static List<String> jsseNames(List<TlsGroup> groups) {
        return groups.stream().map(TlsGroup::jsseName).toList();
    }
}
