package dev.tlsbench.tls.stack;

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
 * share for another group is answered with a HelloRetryRequest. Both end with secp256r1 when the
 * certificate is ECDSA-P256: SunJSSE and BCJSSE allow the ecdsa_secp256r1_sha256 signature scheme
 * only while secp256r1 is an allowed group. The wire check proves which group was negotiated.
 */
final class GroupPin {

    private GroupPin() {
    }

    static List<TlsGroup> client(HandshakeConfig config) {
        Pin pin = config.requirePin();
        List<TlsGroup> groups = new ArrayList<>(List.of(pin.firstShare()));
        add(groups, pin.group());
        return withSignatureGroup(groups, config);
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
