package dev.tlsbench.tls;

import java.util.ArrayList;
import java.util.List;

/**
 * The named groups an engine is limited to: the configuration's group first (the client sends
 * its key share for the first group only), then secp256r1 when the certificate is ECDSA-P256 and
 * the group is another one. SunJSSE and BCJSSE allow the ecdsa_secp256r1_sha256 signature scheme
 * only while secp256r1 is an allowed named group, so without it an ECDSA server has no usable
 * signature scheme. The wire check proves the first group is the one negotiated.
 */
final class GroupPin {

    private GroupPin() {
    }

    static List<String> names(HandshakeConfig config) {
        List<String> names = new ArrayList<>();
        names.add(config.group().jsseName());
        if (config.cert() == CertType.ECDSA_P256 && config.group() != TlsGroup.SECP256R1) {
            names.add(TlsGroup.SECP256R1.jsseName());
        }
        return names;
    }
}
