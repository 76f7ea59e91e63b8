package dev.tlsbench.tls.stack;

import dev.tlsbench.handshake.TlsProtocol;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.record.Aead;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.TlsGroup;
import dev.tlsbench.tls.config.TlsSuite;
import java.security.Provider;
import java.util.List;
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
final class ConscryptDriver implements StackDriver {

    @Override
    public Provider jsse(UnaryOperator<Provider> lens) {
        return JcaProvider.CONSCRYPT.providers().get(0);
    }

    /** Conscrypt has one KeyManagerFactory, "PKIX", which loads every key into memory at init. */
    @Override
    public String defaultKeyManagerAlgorithm() {
        return "PKIX";
    }

    @Override
    public void pinGroups(SSLContext context, List<TlsGroup> groups) {
        String[] names = groups.stream().map(TlsGroup::boringSslName).toArray(String[]::new);
        try {
            Conscrypt.setNamedGroups(context.getSocketFactory(), names);
        } catch (IllegalArgumentException e) { // Conscrypt's refusal of a group name it does not have
            throw new Unsupported("cannot pin Conscrypt to " + String.join(", ", names), e);
        }
    }

    /**
     * BoringSSL always enables all three TLS 1.3 suites (the server picks; the wire check then
     * proves which), and Conscrypt's server derives the certificate key types it will use from
     * the enabled TLS 1.2 suites: with none, a TLS 1.3 server finds no certificate. So a TLS 1.3
     * suite comes with the TLS 1.2 ECDHE suite of the certificate's key type, which the TLS 1.3-only
     * protocol setting keeps from being negotiated.
     */
    @Override
    public String[] enabledSuites(TlsSuite suite, CertType cert) {
        if (suite.protocol() != TlsProtocol.TLS13) {
            return new String[] {suite.name()};
        }
        return new String[] {suite.name(), TlsSuite.tls12Ecdhe(cert.tls12Authentication(), Aead.AES_128_GCM).name()};
    }

    /**
     * Conscrypt sets SSL_OP_NO_TICKET unless told otherwise, and BoringSSL then issues no TLS 1.3
     * NewSessionTicket at all: without this a Conscrypt server never resumes TLS 1.3. Its tickets
     * leave with its next write (application data or close_notify).
     */
    @Override
    public void allowResumption(SSLEngine server) {
        Conscrypt.setUseSessionTickets(server, true);
    }

    @Override
    public TlsGroup reportedGroup(SSLEngine engine) {
        String name = Conscrypt.getGroupName(engine);
        TlsGroup g = name == null ? null : TlsGroup.ofBoringSslName(name);
        if (name != null && g == null) {
            throw new IllegalStateException("Conscrypt negotiated group " + name + ", which TlsGroup does not know");
        }
        return g;
    }

    @Override
    public GlobalSwitch.Lease prepareJvm(HandshakeConfig config) {
        return GlobalSwitch.NOTHING;
    }

    @Override
    public boolean cryptoInEngine() {
        return true;
    }

    @Override
    public List<String> packages() {
        return List.of("org.conscrypt.");
    }
}
