package dev.tlsbench.tls;

import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Unsupported;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The proof a stack x configuration must pass before it is timed: a full handshake, a first
 * contact that fills the client's session cache and a resumed handshake, each checked on the
 * wire by {@link HandshakeCheck}, all run with every provider recorded so that
 * {@link HandshakeAttribution} can say who served the record cipher, key exchange and signature.
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

    /**
     * The proof for the stack's own provider, made once per JVM (it swaps the JVM-wide provider
     * list, so threads of a benchmark share one). Rethrows the proof's failure every time.
     */
    public static HandshakeProof of(TlsStack stack, HandshakeConfig config) {
        Object outcome = DONE.computeIfAbsent(stack + "/" + config, k -> {
            try {
                return run(stack, config, stack.crypto());
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        return (HandshakeProof) outcome;
    }

    /** Runs the proof, judging attribution against {@code expected}. */
    public static HandshakeProof run(TlsStack stack, HandshakeConfig config, ProviderSet expected) {
        StackDriver driver = stack.driver();
        Pki.of(config.cert()); // made outside the recording: its own signing is not the handshake's
        try (GlobalSwitch.Lease lease = driver.prepareJvm(config)) {
            ServiceLog log = new ServiceLog();
            return ProviderSwap.recording(log, () -> {
                TlsEndpoints endpoints = TlsEndpoints.make(stack, config, p -> ProviderSwap.recording(p, log));
                EnginePump pump = new EnginePump();
                WireHello full = HandshakeCheck.handshake(pump, endpoints.newClient(Resumption.FULL),
                        endpoints.newServer(), driver, config, false);
                WireHello resumed = null;
                String notResumed = "";
                try {
                    HandshakeCheck.handshake(pump, endpoints.newClient(Resumption.RESUMED), endpoints.newServer(),
                            driver, config, false);
                    resumed = HandshakeCheck.handshake(pump, endpoints.newClient(Resumption.RESUMED),
                            endpoints.newServer(), driver, config, true);
                } catch (Unsupported u) {
                    notResumed = "resumption: " + u.getMessage();
                }
                return new HandshakeProof(full, resumed, notResumed,
                        HandshakeAttribution.judge(log, expected, driver.cryptoInEngine(), !config.needsTlsRsa()));
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
