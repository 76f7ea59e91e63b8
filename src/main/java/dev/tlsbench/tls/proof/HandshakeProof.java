package dev.tlsbench.tls.proof;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.kex.KeyExchange;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.EnginePump;
import dev.tlsbench.tls.stack.GlobalSwitch;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.Pki;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.TlsEndpoints;
import dev.tlsbench.tls.stack.TlsStack;
import dev.tlsbench.tls.wire.WireHello;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.SSLEngine;

/**
 * The proof a stack (or client/server pair) x configuration must pass before it is timed: a full
 * connection, a first contact that fills the client's session cache and a resumed connection, each
 * handshake checked on the wire by {@link HandshakeCheck} and each connection closed as a peer
 * closes it, all run with every provider recorded so that {@link HandshakeAttribution} can say who
 * served the record cipher, key exchange and signature.
 *
 * @param full       what the full handshake negotiated
 * @param resumed    what the resumed handshake negotiated (resumedBy says by what), or null
 *                   when the stack did not resume this configuration
 * @param notResumed why not, when {@code resumed} is null
 */
public record HandshakeProof(WireHello full, WireHello resumed, String notResumed, AttributionReport attribution) {

    /** @throws Unsupported when this stack does not resume this configuration */
    public WireHello requireResumption() {
        if (resumed == null) {
            throw new Unsupported(notResumed);
        }
        return resumed;
    }

    private static final Map<String, Object> DONE = new ConcurrentHashMap<>();

    /** The proof of one stack against itself. */
    public static HandshakeProof of(TlsStack stack, HandshakeConfig config) {
        return of(Peers.same(stack), config);
    }

    /**
     * The proof for the stacks' own providers, made once per JVM (it swaps the JVM-wide provider
     * list, so threads of a benchmark share one). Rethrows the proof's failure every time.
     */
    public static HandshakeProof of(Peers peers, HandshakeConfig config) {
        Object outcome = DONE.computeIfAbsent(peers + "/" + config, k -> {
            try {
                return run(peers, config, TlsStack::crypto);
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        return (HandshakeProof) outcome;
    }

    /** Runs the proof, judging attribution against {@code expected} per stack. */
    public static HandshakeProof run(Peers peers, HandshakeConfig config, Function<TlsStack, ProviderSet> expected) {
        requireSameFfdheSecrets(peers, config);
        Pki.of(config.cert()); // made outside the recording: its own signing is not the handshake's
        try (GlobalSwitch.Lease lease = peers.prepareJvm(config)) {
            ServiceLog log = new ServiceLog();
            return ProviderSwap.recording(log, () -> {
                try (TlsEndpoints endpoints = TlsEndpoints.make(peers, config, ServerKeyManager.DEFAULT,
                        p -> ProviderSwap.recording(p, log))) {
                    return run(endpoints, config, log, peers, expected);
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The proof's connections on endpoints made with every provider recorded. */
    private static HandshakeProof run(TlsEndpoints endpoints, HandshakeConfig config, ServiceLog log, Peers peers,
                                      Function<TlsStack, ProviderSet> expected) throws Exception {
        EnginePump pump = new EnginePump();
        WireHello full = checkedAndClosed(pump, endpoints, Resumption.FULL, false);
        WireHello resumed = null;
        String notResumed = "";
        try {
            checkedAndClosed(pump, endpoints, Resumption.RESUMED, false);
            resumed = checkedAndClosed(pump, endpoints, Resumption.RESUMED, true);
        } catch (Unsupported u) {
            notResumed = "resumption: " + u.getMessage();
        }
        return new HandshakeProof(full, resumed, notResumed,
                HandshakeAttribution.judge(log, peers, expected, !config.needsTlsRsa()));
    }

    /**
     * Two ends that derive a TLS 1.3 finite-field secret differently fail one handshake in 256
     * (bad_record_mac), too rarely for a few proof handshakes to show but always within a
     * measurement: the cell fails here, with the reason, instead of somewhere in its run.
     */
    private static void requireSameFfdheSecrets(Peers peers, HandshakeConfig config) {
        config.pin().filter(p -> p.protocol() == TlsProtocol.TLS13
                && p.group().keyEstablishment().primitive() instanceof KeyExchange k && k.isFiniteField())
                .ifPresent(p -> {
                    Optional<String> client = peers.client().driver().tls13FfdheSecretDefect();
                    Optional<String> server = peers.server().driver().tls13FfdheSecretDefect();
                    if (client.isPresent() != server.isPresent()) {
                        throw new IllegalStateException(peers + " derive different TLS 1.3 " + p.group().jsseName()
                                + " secrets one handshake in 256 (bad_record_mac): " + client.orElseGet(server::get));
                    }
                });
    }

    /** One connection on new engines: a checked handshake, then closed as a peer closes it, its engines released. */
    public static WireHello checkedAndClosed(EnginePump pump, TlsEndpoints endpoints, Resumption resumption, boolean expectResumed)
            throws Exception {
        SSLEngine client = endpoints.newClient(resumption);
        SSLEngine server = null;
        try {
            server = endpoints.newServer(resumption);
            WireHello wire = HandshakeCheck.handshake(pump, client, server, endpoints.peers(), endpoints.config(), expectResumed);
            pump.close(client, server);
            return wire;
        } finally {
            endpoints.release(client, server);
        }
    }
}
