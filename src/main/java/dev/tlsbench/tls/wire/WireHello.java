package dev.tlsbench.tls.wire;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.config.TlsSuite;
import dev.tlsbench.verify.Composite;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the hellos on the wire say was negotiated: read from the plaintext ClientHello,
 * ServerHello and (TLS 1.2) ServerKeyExchange, the way a packet capture would show it, so the
 * proof does not depend on what a stack chooses to report about itself.
 *
 * @param group              the named group's JSSE name; "" for RSA key transport; null when the
 *                           handshake carried no key exchange (a resumed TLS 1.2 handshake)
 * @param resumedBy          "" for a full handshake, else "session ID", "session ticket" or "PSK"
 * @param helloRetry         true when the server sent a HelloRetryRequest (an extra round trip)
 * @param tls12SignatureScheme the SignatureScheme code point of a TLS 1.2 ServerKeyExchange, -1 where
 *                           there is none on the wire (TLS 1.3 signs inside encrypted messages)
 * @param client             what the client's ClientHello(s) offered: key shares, groups, signature schemes
 */
public record WireHello(String protocol, String suite, String group, String resumedBy, boolean helloRetry,
                        int tls12SignatureScheme, ClientOffer client) {

    public boolean resumed() {
        return !resumedBy.isEmpty();
    }

    /** One line, as setup logs and TlsAttributionMain print it. */
    public String describe() {
        return protocol + " " + suite + " " + (group == null ? "(no key exchange)" : group.isEmpty() ? "(RSA key transport)" : group)
                + (helloRetry ? " after a HelloRetryRequest" : "") + (resumed() ? ", resumed by " + resumedBy : "")
                + "; client " + client.describeShares();
    }

    /**
     * Every primitive (with the parts of composites, as {@link Composite#closure} gives them) a
     * handshake of {@code config} used, read from what these hellos negotiated: for the defaults
     * the one suite, group and signature out of all that {@link HandshakeConfig#parts()} allows, so
     * a correctness finding is stamped only on the defaults that use it. Empty when the wire names a
     * suite, group or protocol the suite does not know (then {@link HandshakeConfig#parts()} stands).
     */
    public Optional<Set<Enum<?>>> partsUsed(HandshakeConfig config) {
        Set<Enum<?>> direct = new LinkedHashSet<>();
        if (!config.isDefaults()) {
            direct.addAll(config.parts());
        } else {
            TlsGroup known = TlsGroup.ofJsseName(group);
            Optional<TlsSuite> knownSuite = Arrays.stream(TlsSuite.values()).filter(s -> s.name().equals(suite)).findFirst();
            Optional<TlsProtocol> knownProtocol = Arrays.stream(TlsProtocol.values()).filter(p -> p.jsseName().equals(protocol)).findFirst();
            if (known == null || knownSuite.isEmpty() || knownProtocol.isEmpty()) {
                return Optional.empty();
            }
            direct.add(known.keyEstablishment().primitive());
            direct.add(knownSuite.get().aead());
            direct.add(config.cert().signature(knownProtocol.get()));
        }
        Set<Enum<?>> closure = new LinkedHashSet<>();
        direct.forEach(p -> closure.addAll(Composite.closure(p)));
        return Optional.of(closure);
    }
}
