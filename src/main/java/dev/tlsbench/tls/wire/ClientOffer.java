package dev.tlsbench.tls.wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a client's ClientHello offered, as the wire carries it: the groups of the key shares it
 * sent (each one a key pair the client generated for this connection), its supported_groups and
 * its signature_algorithms, by their JSSE / IANA names (an unknown code point in hex).
 *
 * @param keyShares      the groups of the key_share entries of the first ClientHello, in order
 * @param retryKeyShares the groups of the key shares of the second ClientHello, sent after a
 *                       HelloRetryRequest; empty when there was none
 */
public record ClientOffer(List<String> keyShares, List<String> retryKeyShares, List<String> groups,
                          List<String> signatureSchemes) {

    public ClientOffer {
        keyShares = List.copyOf(keyShares);
        retryKeyShares = List.copyOf(retryKeyShares);
        groups = List.copyOf(groups);
        signatureSchemes = List.copyOf(signatureSchemes);
    }

    /** Nothing read (a hand-made WireHello). */
    public static final ClientOffer NONE = new ClientOffer(List.of(), List.of(), List.of(), List.of());

    /** Every group the client generated a key share for in this handshake, each once, first ClientHello first. */
    public List<String> allKeyShares() {
        LinkedHashSet<String> all = new LinkedHashSet<>(keyShares);
        all.addAll(retryKeyShares);
        return new ArrayList<>(all);
    }

    /** "key shares x25519, secp256r1" (" then ffdhe2048" after a HelloRetryRequest); "no key share" for TLS 1.2. */
    public String describeShares() {
        if (keyShares.isEmpty() && retryKeyShares.isEmpty()) {
            return "no key share";
        }
        return "key shares " + (keyShares.isEmpty() ? "(none)" : String.join(", ", keyShares))
                + (retryKeyShares.isEmpty() ? "" : " then " + String.join(", ", retryKeyShares));
    }
}
