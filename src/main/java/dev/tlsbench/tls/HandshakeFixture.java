package dev.tlsbench.tls;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/**
 * One thread's handshake benchmark state: the stack's contexts for one configuration, made and
 * proven in {@link #open}, and {@link #handshake()}, which makes a fresh client and server engine
 * and runs one complete handshake between them. Engine creation is part of every real
 * handshake, so it is inside the measurement; contexts, keys and certificates are not.
 */
public final class HandshakeFixture implements AutoCloseable {

    private final GlobalSwitch.Lease lease;
    private final TlsEndpoints endpoints;
    private final Resumption resumption;
    private final EnginePump pump = new EnginePump();

    private HandshakeFixture(GlobalSwitch.Lease lease, TlsEndpoints endpoints, Resumption resumption) {
        this.lease = lease;
        this.endpoints = endpoints;
        this.resumption = resumption;
    }

    /**
     * Makes the contexts, proves the configuration (attribution included) and checks, on these
     * very contexts, that handshakes negotiate it and resume (or not) as asked.
     *
     * @throws dev.tlsbench.provider.Unsupported when the stack cannot do the configuration
     */
    public static HandshakeFixture open(TlsStack stack, HandshakeConfig config, Resumption resumption) {
        GlobalSwitch.Lease lease = stack.driver().prepareJvm(config);
        try {
            HandshakeProof proof = HandshakeProof.of(stack, config);
            if (resumption == Resumption.RESUMED) {
                proof.requireResumption();
            }
            TlsEndpoints endpoints = TlsEndpoints.make(stack, config, p -> p);
            HandshakeFixture f = new HandshakeFixture(lease, endpoints, resumption);
            boolean resumed = resumption == Resumption.RESUMED;
            if (resumed) { // first contact fills the client's session cache
                f.checked(false);
            }
            f.checked(resumed);
            f.checked(resumed); // and the steady state: a resumed session stays resumable
            return f;
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    private WireHello checked(boolean expectResumed) {
        return HandshakeCheck.handshake(pump, endpoints.newClient(resumption), endpoints.newServer(),
                endpoints.driver(), endpoints.config(), expectResumed);
    }

    /** One handshake on new engines. @return the client engine, for the caller to sink */
    public SSLEngine handshake() throws SSLException {
        SSLEngine client = endpoints.newClient(resumption);
        pump.handshake(client, endpoints.newServer());
        return client;
    }

    @Override
    public void close() {
        lease.close();
    }
}
