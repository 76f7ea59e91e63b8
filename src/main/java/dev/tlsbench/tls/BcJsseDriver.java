package dev.tlsbench.tls;

import dev.tlsbench.provider.JcaProvider;
import java.security.Provider;
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
public final class BcJsseDriver implements StackDriver {

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

    @Override
    public void pinGroup(SSLEngine engine, HandshakeConfig config) {
        BCSSLEngine bc = (BCSSLEngine) engine;
        BCSSLParameters p = bc.getParameters();
        p.setNamedGroups(GroupPin.names(config).toArray(new String[0]));
        bc.setParameters(p);
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        return config.needsTlsRsa() ? JvmSettings.TLS_RSA_ALLOWED.acquire() : GlobalSwitch.NOTHING;
    }
}
