package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import dev.tlsbench.tls.config.CertType;
import dev.tlsbench.tls.stack.Pki;
import java.nio.ByteBuffer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A deliberately naive reference for SslEngineHandshakeBench on SunJSSE: SSLContexts from the
 * JDK's default KeyManagerFactory (or "PKIX") and TrustManagerFactory over the same PKCS12 stores,
 * two new engines per handshake, a simple in-memory pump, no proofs, no close. If the suite's
 * SunJSSE cells and this agree (within about 10%, the close being the suite's extra), the suite
 * measures what a plain harness measures; docs/sslengine.md has the command that runs both.
 */
public class NaiveHandshakeBench extends BenchBase {

    /** The two handshakes compared, pinned as a plain harness pins them: protocol and suite only. */
    public enum NaiveConfig {
        TLS13_RSA_2048("TLSv1.3", "TLS_AES_128_GCM_SHA256"),
        TLS12_ECDHE_RSA_2048("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

        final String protocol;
        final String suite;

        NaiveConfig(String protocol, String suite) {
            this.protocol = protocol;
            this.suite = suite;
        }
    }

    /** KeyManagerFactory.getDefaultAlgorithm() ("SunX509"), or "PKIX" (NewSunX509), both init(store, password). */
    public enum NaiveKeyManager {
        DEFAULT,
        PKIX
    }

    @Param
    public NaiveConfig naiveConfig;

    @Param
    public NaiveKeyManager naiveKeyManager;

    private SSLContext client;
    private SSLContext server;
    private final ByteBuffer clientToServer = ByteBuffer.allocate(1 << 16);
    private final ByteBuffer serverToClient = ByteBuffer.allocate(1 << 16);
    private final ByteBuffer app = ByteBuffer.allocate(1 << 16);

    @Setup
    public void setup() throws Exception {
        Pki pki = Pki.of(CertType.RSA_2048);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(
                naiveKeyManager == NaiveKeyManager.DEFAULT ? KeyManagerFactory.getDefaultAlgorithm() : "PKIX");
        kmf.init(pki.serverKeys(), Pki.PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(pki.trustAnchors());
        server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
    }

    @Benchmark
    public SSLEngine handshake() throws SSLException {
        SSLEngine c = client.createSSLEngine();
        c.setUseClientMode(true);
        SSLEngine s = server.createSSLEngine();
        s.setUseClientMode(false);
        for (SSLEngine e : new SSLEngine[] {c, s}) {
            e.setEnabledProtocols(new String[] {naiveConfig.protocol});
            e.setEnabledCipherSuites(new String[] {naiveConfig.suite});
        }
        clientToServer.clear();
        serverToClient.clear();
        c.beginHandshake();
        s.beginHandshake();
        for (int i = 0; i < 100 && (busy(c) || busy(s) || clientToServer.position() > 0 || serverToClient.position() > 0); i++) {
            step(c, clientToServer, serverToClient);
            step(s, serverToClient, clientToServer);
        }
        return c;
    }

    private static boolean busy(SSLEngine e) {
        HandshakeStatus hs = e.getHandshakeStatus();
        return hs != HandshakeStatus.NOT_HANDSHAKING && hs != HandshakeStatus.FINISHED;
    }

    private void step(SSLEngine e, ByteBuffer out, ByteBuffer in) throws SSLException {
        Runnable task;
        while ((task = e.getDelegatedTask()) != null) {
            task.run();
        }
        if (e.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
            e.wrap(ByteBuffer.allocate(0), out);
        }
        if (in.position() > 0) {
            in.flip();
            e.unwrap(in, app);
            in.compact();
            app.clear();
        }
    }
}
