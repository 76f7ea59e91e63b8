package dev.tlsbench.tls.stack;

import dev.tlsbench.bench.Labeled;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.ProviderSet;
import dev.tlsbench.provider.Warmup;
import java.util.Set;

/**
 * The TLS stacks compared: an SSLEngine implementation and the crypto it uses (a JCA provider, or
 * the native library inside the engine). Setup asserts that the record cipher, key exchange and
 * signature of every handshake were served by {@link #crypto()} (see
 * dev.tlsbench.tls.proof.HandshakeAttribution).
 */
public enum TlsStack implements Owner, Labeled {
    /** SunJSSE with the JDK's providers (SunJCE, SunEC, SunRsaSign). */
    SUNJSSE("SunJSSE", new SunJsseDriver(false), JcaProvider.JDK, Warmup.JIT),
    /** SunJSSE with ACCP inserted as the most preferred provider, as ACCP is deployed. */
    SUNJSSE_ACCP("SunJSSE + ACCP", new SunJsseDriver(true), JcaProvider.ACCP, Warmup.JIT),
    /** BCJSSE constructed over the BC provider object: BC's crypto only. */
    BCJSSE_BC("BCJSSE + BC", new BcJsseDriver(), JcaProvider.BC, Warmup.JIT),
    /** Conscrypt's engine: BoringSSL, natively. */
    CONSCRYPT("Conscrypt", new ConscryptDriver(), JcaProvider.CONSCRYPT, Warmup.NATIVE),
    /**
     * Netty's reference-counted OpenSSL engine over netty-tcnative's statically linked BoringSSL,
     * as Netty, gRPC-java, Vert.x and Micronaut run native TLS: a BoringSSL of its own, not Conscrypt's.
     */
    NETTY_OPENSSL("Netty OpenSSL (BoringSSL)", new NettyOpenSslDriver(), TcnativeBoringSsl.INSTANCE, Warmup.NATIVE);

    private final StackDriver driver;
    private final ProviderSet crypto;
    private final Warmup warmup;

    private final String label;

    TlsStack(String label, StackDriver driver, ProviderSet crypto, Warmup warmup) {
        this.label = label;
        this.driver = driver;
        this.crypto = crypto;
        this.warmup = warmup;
    }

    @Override
    public String label() {
        return label;
    }

    /** SunJSSE and BCJSSE run the handshake in Java whatever provider does the crypto. */
    @Override
    public Warmup warmup() {
        return warmup;
    }

    public StackDriver driver() {
        return driver;
    }

    /** The provider the stack's handshake and record crypto must come from. */
    public ProviderSet crypto() {
        return crypto;
    }

    @Override
    public String cryptoName() {
        return crypto.label();
    }

    /** Its JCA provider; none when its crypto is no JCA provider's (Netty's BoringSSL). */
    @Override
    public Set<JcaProvider> cryptos() {
        return crypto instanceof JcaProvider p ? Set.of(p) : Set.of();
    }
}
