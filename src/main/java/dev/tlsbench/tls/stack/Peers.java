package dev.tlsbench.tls.stack;

import dev.tlsbench.tls.config.HandshakeConfig;
import java.util.List;

/**
 * The stack of each end of a connection: the same stack on both ends, or a client of one stack
 * against a server of another (see {@link StackPair} for the pairs that can share a JVM).
 */
public record Peers(TlsStack client, TlsStack server) {

    public static Peers same(TlsStack stack) {
        return new Peers(stack, stack);
    }

    public boolean mixed() {
        return client != server;
    }

    /** Each distinct stack once, client first. */
    public List<TlsStack> stacks() {
        return mixed() ? List.of(client, server) : List.of(client);
    }

    /** The JVM-wide changes both ends need for this configuration, held together. */
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        GlobalSwitch.Lease first = client.driver().prepareJvm(config);
        return mixed() ? GlobalSwitch.both(first, () -> server.driver().prepareJvm(config)) : first;
    }

    /** What {@link #prepareJvm} changes in this JVM's security settings, each change once (see {@link StackDriver#jvmChanges}). */
    public List<String> jvmChanges(HandshakeConfig config) {
        return stacks().stream().flatMap(s -> s.driver().jvmChanges(config).stream()).distinct().toList();
    }

    @Override
    public String toString() {
        return mixed() ? client + " client, " + server + " server" : client.toString();
    }
}
