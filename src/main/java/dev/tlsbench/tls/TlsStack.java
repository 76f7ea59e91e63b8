package dev.tlsbench.tls;

import dev.tlsbench.provider.JcaProvider;

/**
 * The TLS stacks compared: a JSSE implementation and the JCA provider whose crypto it uses.
 * Setup asserts that the record cipher, key exchange and signature of every handshake were served
 * by {@link #crypto()} (see dev.tlsbench.tls.HandshakeAttribution).
 */
public enum TlsStack {
    /** SunJSSE with the JDK's providers (SunJCE, SunEC, SunRsaSign). */
    SUNJSSE(new SunJsseDriver(false), JcaProvider.JDK),
    /** SunJSSE with ACCP inserted as the most preferred provider, as ACCP is deployed. */
    SUNJSSE_ACCP(new SunJsseDriver(true), JcaProvider.ACCP),
    /** BCJSSE constructed over the BC provider object: BC's crypto only. */
    BCJSSE_BC(new BcJsseDriver(), JcaProvider.BC),
    /** Conscrypt's engine: BoringSSL, natively. */
    CONSCRYPT(new ConscryptDriver(), JcaProvider.CONSCRYPT);

    private final StackDriver driver;
    private final JcaProvider crypto;

    TlsStack(StackDriver driver, JcaProvider crypto) {
        this.driver = driver;
        this.crypto = crypto;
    }

    public StackDriver driver() {
        return driver;
    }

    /** The provider the stack's handshake and record crypto must come from. */
    public JcaProvider crypto() {
        return crypto;
    }
}
