package dev.tlsbench.tls;

import dev.tlsbench.capability.CapabilityFamily;
import dev.tlsbench.capability.Support;
import java.util.List;

/**
 * Which stack can do which handshake configuration, found by running the setup proof (full
 * handshake negotiating exactly the configuration, with attribution). Whether it also resumes is
 * {@link HandshakeProof#resumed()}. The proof puts the JVM's provider list and Security
 * properties back as it found them.
 */
public final class SslEngineFamily implements CapabilityFamily<TlsStack, HandshakeConfig> {

    @Override
    public String family() {
        return "sslengine";
    }

    @Override
    public String ownerParam() {
        return "stack";
    }

    @Override
    public String algorithmParam() {
        return "config";
    }

    @Override
    public List<TlsStack> owners() {
        return List.of(TlsStack.values());
    }

    @Override
    public List<HandshakeConfig> algorithms() {
        return List.of(HandshakeConfig.values());
    }

    @Override
    public Support probe(TlsStack stack, HandshakeConfig config) {
        return Support.probe(() -> HandshakeProof.of(stack, config));
    }
}
