package dev.tlsbench.tls;

import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import java.security.Provider;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.conscrypt.Conscrypt;

/**
 * Conscrypt's own engine: BoringSSL does the whole handshake natively, so no JCA provider serves
 * its crypto. Conscrypt's public API pins named groups only on an SSLSocket or SSLSocketFactory
 * (Conscrypt.setNamedGroups); without a pin its engines default to X25519MLKEM768 in TLS 1.3.
 * Conscrypt 2.9's context hands its socket factory the context's own parameters, which every
 * engine it creates afterwards copies, so pinning the context's socket factory pins its engines
 * too: public API only, and the wire check of every setup handshake proves it held.
 */
public final class ConscryptDriver implements StackDriver {

    @Override
    public Provider jsse(UnaryOperator<Provider> lens) {
        return JcaProvider.CONSCRYPT.providers().get(0);
    }

    @Override
    public void pinGroup(SSLContext context, HandshakeConfig config) {
        String name = switch (config.group()) {
            case X25519 -> "X25519";
            case SECP256R1 -> "P-256";
            case X25519MLKEM768 -> "X25519MLKEM768";
            default -> throw new Unsupported("Conscrypt (BoringSSL) has no " + config.group().jsseName() + " group");
        };
        try {
            Conscrypt.setNamedGroups(context.getSocketFactory(), new String[] {name});
        } catch (RuntimeException e) {
            throw new Unsupported("cannot pin Conscrypt to " + name, e);
        }
    }

    /**
     * BoringSSL always enables all three TLS 1.3 suites (the server picks; the wire check then
     * proves which), and Conscrypt's server derives the certificate key types it will use from
     * the enabled TLS 1.2 suites: with none, a TLS 1.3 server finds no certificate. So a TLS 1.3
     * configuration also enables the TLS 1.2 ECDHE suite of its certificate type, which the
     * TLS 1.3-only protocol setting keeps from being negotiated.
     */
    @Override
    public String[] enabledSuites(HandshakeConfig config) {
        if (!config.isTls13()) {
            return new String[] {config.suite()};
        }
        String keyType = config.cert() == CertType.ECDSA_P256 ? "ECDSA" : "RSA";
        return new String[] {config.suite(), "TLS_ECDHE_" + keyType + "_WITH_AES_128_GCM_SHA256"};
    }

    @Override
    public String reportedGroup(SSLEngine engine) {
        return Conscrypt.getGroupName(engine);
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        return GlobalSwitch.NOTHING;
    }

    @Override
    public boolean cryptoInEngine() {
        return true;
    }
}
