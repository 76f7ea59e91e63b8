package dev.tlsbench.tls.stack;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The client's trust manager, counting the server chains it validates: a full handshake validates
 * one, a resumed handshake none, so the count tells during a measurement whether resumed
 * handshakes stayed resumed (and full ones full). Every call goes to the stack's own trust
 * manager; being an X509ExtendedTrustManager itself, it is used as it is (SunJSSE wraps only
 * plain X509TrustManagers).
 */
final class CountingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private long serverChains;

    CountingTrustManager(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** Server chains validated so far. */
    long serverChains() {
        return serverChains;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        serverChains++;
        delegate.checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        serverChains++;
        delegate.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        serverChains++;
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
