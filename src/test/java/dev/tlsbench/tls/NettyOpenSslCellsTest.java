package dev.tlsbench.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.config.Resumption;
import dev.tlsbench.tls.stack.Peers;
import dev.tlsbench.tls.stack.ServerKeyManager;
import dev.tlsbench.tls.stack.StackPair;
import dev.tlsbench.tls.stack.TlsStack;
import io.netty.util.ReferenceCounted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;

/**
 * Netty's OpenSSL stack through the benchmarks' own fixtures: each measured connection gives its
 * engines back, a resumed cell resumes every connection, and a JVM where netty-tcnative does not
 * load makes its cells unsupported with the loader's reason instead of crashing.
 */
class NettyOpenSslCellsTest {

    private static final Peers NETTY = Peers.same(TlsStack.NETTY_OPENSSL);

    @Test
    void measuredConnectionsReleaseTheirEnginesAndResumeEveryTime() throws Exception {
        try (HandshakeFixture f = HandshakeFixture.open(NETTY, HandshakeConfig.DEFAULTS_ECDSA_P256, Resumption.RESUMED,
                ServerKeyManager.DEFAULT)) {
            for (int i = 0; i < 20; i++) {
                SSLEngine client = f.connect();
                assertEquals(0, ((ReferenceCounted) client).refCnt(), "connection " + i);
            }
            SSLEngine[] open = f.handshaken();
            f.close(open);
            assertEquals(0, ((ReferenceCounted) open[0]).refCnt());
            assertEquals(0, ((ReferenceCounted) open[1]).refCnt());
            f.checkIteration(); // none left open, all 21 resumed (no chain validated)
        }
    }

    @Test
    void theKeyStoreKeyManagerWorksThroughTheJdksPkixKeyManager() throws Exception {
        try (HandshakeFixture f = HandshakeFixture.open(NETTY, HandshakeConfig.TLS13_AES_128_GCM_X25519_RSA_2048, Resumption.FULL,
                ServerKeyManager.PKIX_KEY_STORE)) {
            f.connect();
            f.checkIteration();
        }
    }

    @Test
    void theRecordPathRoundTripsAndReleases() throws Exception {
        try (RecordPath path = RecordPath.open(TlsStack.NETTY_OPENSSL, HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, 16384,
                EngineBuffers.HEAP)) {
            assertEquals(1, path.recordsPerWrite());
            assertEquals(1, path.write());
        }
    }

    /**
     * In a JVM with Netty's own switch -Dio.netty.handler.ssl.noOpenSsl=true its loader refuses: the
     * stack's handshake, record and mixed cells are unsupported with that reason, and nothing crashes.
     */
    @Test
    void cellsAreUnsupportedWithTheLoadersReasonWhereTheLibraryDoesNotLoad() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Dio.netty.handler.ssl.noOpenSsl=true", "-cp",
                System.getProperty("java.class.path"), NettyUnavailable.class.getName()).redirectErrorStream(true).start();
        String out;
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        assertEquals(4, out.lines().filter(l -> l.startsWith("unsupported: ")).count(), out);
        assertTrue(out.contains("Netty's OpenSSL engine is not available here: netty-tcnative did not load:"), out);
        assertTrue(out.contains("noOpenSsl"), "Netty's own reason is carried: " + out);
    }

    /** Run in its own JVM by the test above: prints one line per cell and exits 1 if any did not say unsupported. */
    static final class NettyUnavailable {

        public static void main(String[] args) throws IOException {
            List<Runnable> cells = List.of(
                    () -> ProvenEndpoints.probe(NETTY, HandshakeConfig.DEFAULTS_ECDSA_P256, ServerKeyManager.DEFAULT, Resumption.FULL),
                    () -> RecordPath.open(TlsStack.NETTY_OPENSSL, HandshakeConfig.TLS13_AES_128_GCM_X25519_ECDSA_P256, 1024,
                            EngineBuffers.HEAP).close(),
                    () -> ProvenEndpoints.probe(StackPair.SUNJSSE_TO_NETTY_OPENSSL.peers(), HandshakeConfig.DEFAULTS_ECDSA_P256,
                            ServerKeyManager.DEFAULT, Resumption.FULL),
                    () -> ProvenEndpoints.probe(StackPair.NETTY_OPENSSL_TO_CONSCRYPT.peers(), HandshakeConfig.DEFAULTS_ECDSA_P256,
                            ServerKeyManager.DEFAULT, Resumption.FULL));
            int failed = 0;
            for (Runnable cell : cells) {
                try {
                    cell.run();
                    System.out.println("ran: the cell ran although the library did not load");
                    failed++;
                } catch (Unsupported u) {
                    System.out.println("unsupported: " + u.getMessage());
                } catch (RuntimeException e) {
                    System.out.println("failed: " + Unsupported.describe(e));
                    failed++;
                }
            }
            System.exit(failed == 0 ? 0 : 1);
        }
    }
}
