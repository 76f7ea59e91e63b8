package dev.tlsbench.tls.stack;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import java.security.Provider;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLEngine;
import org.bouncycastle.jsse.BCSSLEngine;
import org.bouncycastle.jsse.BCSSLParameters;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * BCJSSE constructed over the BC provider object, so its TLS crypto (JcaTlsCrypto) asks BC and
 * only BC; registered plainly, BCJSSE would take whatever the JVM's provider list offers.
 */
final class BcJsseDriver implements StackDriver {

    /**
     * BCJSSE logs every handshake at INFO through java.util.logging; at thousands of handshakes
     * per second that would measure the console. Held in a field: JUL keeps loggers weakly, and
     * a collected logger forgets its level.
     */
    private static final Logger BCJSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");

    static {
        BCJSSE_LOG.setLevel(Level.WARNING);
    }

    @Override
    public Provider jsse(UnaryOperator<Provider> lens) {
        return new BouncyCastleJsseProvider(lens.apply(JcaProvider.BC.providers().get(0)));
    }

    /**
     * BCJSSE has no "SunX509" (the JDK's default name); its one KeyManagerFactory ("X.509", alias
     * "PKIX"), initialised with a key store and its password, loads the keys into memory.
     */
    @Override
    public String defaultKeyManagerAlgorithm() {
        return "PKIX";
    }

    @Override
    public void pinGroups(SSLEngine engine, List<TlsGroup> groups) {
        BCSSLEngine bc = (BCSSLEngine) engine;
        BCSSLParameters p = bc.getParameters();
        p.setNamedGroups(GroupPin.jsseNames(groups).toArray(new String[0]));
        bc.setParameters(p);
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        return config.needsTlsRsa() ? JvmSettings.TLS_RSA_ALLOWED.acquire() : GlobalSwitch.NOTHING;
    }

    @Override
    public List<String> jvmChanges(HandshakeConfig config) {
        return config.needsTlsRsa() && JvmSettings.tlsRsaDisabledByDefault() ? List.of(JvmSettings.TLS_RSA_CHANGE) : List.of();
    }

    /**
     * bctls 1.87 (as 1.84 before it) has no TLS 1.3 session resumption: its client reads and
     * discards every TLS 1.3 NewSessionTicket (TlsClientProtocol.receive13NewSessionTicket) and
     * its server sends none (TlsServerProtocol sends NewSessionTicket only in TLS 1.2). Only
     * external PSKs exist. Found on the wire: the client's next ClientHello offers no
     * pre_shared_key, against a BCJSSE, SunJSSE or Conscrypt server alike.
     */
    @Override
    public Optional<String> cannotResume(TlsProtocol protocol) {
        return protocol == TlsProtocol.TLS13
                ? Optional.of("BCJSSE (bctls 1.87) cannot resume TLS 1.3: its client discards NewSessionTickets"
                        + " (TlsClientProtocol.receive13NewSessionTicket) and its server sends none")
                : Optional.empty();
    }

    @Override
    public List<String> packages() {
        return List.of("org.bouncycastle.jsse.", "org.bouncycastle.tls.");
    }
}
