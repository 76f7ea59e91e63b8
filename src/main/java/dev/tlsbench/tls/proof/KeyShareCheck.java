package dev.tlsbench.tls.proof;

import dev.tlsbench.tls.config.HandshakeConfig.Pin;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.stack.ExtraKeyShare;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.wire.WireHello;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The key shares a pinned cell's client may send: the pin's (its first share's group and its
 * group) and those its stack lists as extra ({@link dev.tlsbench.tls.stack.StackDriver#extraKeyShares}).
 * Each key share is a key pair the client generates on every connection, so an unlisted one is work
 * the cell's label does not say it measures: setup fails (FAILED) rather than time it.
 */
public final class KeyShareCheck {

    private KeyShareCheck() {
    }

    /** @throws IllegalStateException naming the unlisted shares and the listed ones */
    static void requireListed(Peers peers, HandshakeConfig config, WireHello wire) {
        Pin pin = config.requirePin();
        Set<String> listed = listed(peers, config, pin);
        List<String> unlisted = wire.client().allKeyShares().stream().filter(s -> !listed.contains(s)).toList();
        if (!unlisted.isEmpty()) {
            throw new IllegalStateException(config + " on " + peers + ": the client sent key share(s) for " + String.join(", ", unlisted)
                    + ", which are not listed for it (listed: " + String.join(", ", listed) + "; sent: "
                    + wire.client().describeShares() + ")");
        }
    }

    /** The reasons of the listed extra shares this handshake's client actually sent, joined; "" when none. */
    public static String wireNote(Peers peers, HandshakeConfig config, WireHello wire) {
        if (config.isDefaults()) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        for (ExtraKeyShare extra : peers.client().driver().extraKeyShares(config)) {
            if (wire.client().allKeyShares().contains(extra.group().jsseName())) {
                notes.add(extra.why());
            }
        }
        return String.join("; ", notes);
    }

    private static Set<String> listed(Peers peers, HandshakeConfig config, Pin pin) {
        Set<String> listed = new LinkedHashSet<>();
        for (TlsGroup g : List.of(pin.firstShare(), pin.group())) {
            if (g != TlsGroup.NONE) {
                listed.add(g.jsseName());
            }
        }
        peers.client().driver().extraKeyShares(config).forEach(e -> listed.add(e.group().jsseName()));
        return listed;
    }
}
