package dev.tlsbench.tls.stack;

import dev.tlsbench.bench.Labeled;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Look;
import dev.tlsbench.provider.Marker;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Warmup;

/**
 * The TLS stacks compared: a JSSE implementation and the JCA provider whose crypto it uses.
 * Setup asserts that the record cipher, key exchange and signature of every handshake were served
 * by {@link #crypto()} (see dev.tlsbench.tls.proof.HandshakeAttribution).
 */
public enum TlsStack implements Owner, Labeled {
    /** SunJSSE with the JDK's providers (SunJCE, SunEC, SunRsaSign). */
    SUNJSSE("SunJSSE", "#8C1A1B", Marker.CIRCLE, new SunJsseDriver(false), JcaProvider.JDK, Warmup.JIT),
    /** SunJSSE with ACCP inserted as the most preferred provider, as ACCP is deployed. */
    SUNJSSE_ACCP("SunJSSE + ACCP", "#B35C00", Marker.TRIANGLE_UP, new SunJsseDriver(true), JcaProvider.ACCP, Warmup.JIT),
    /** BCJSSE constructed over the BC provider object: BC's crypto only. */
    BCJSSE_BC("BCJSSE + BC", "#12456B", Marker.DIAMOND, new BcJsseDriver(), JcaProvider.BC, Warmup.JIT),
    /** Conscrypt's engine: BoringSSL, natively. */
    CONSCRYPT("Conscrypt", "#2CA02C", Marker.SQUARE, new ConscryptDriver(), JcaProvider.CONSCRYPT, Warmup.NATIVE);

    private final StackDriver driver;
    private final JcaProvider crypto;
    private final Warmup warmup;

    private final Look look;

    /** @param colour a shade of its crypto provider's colour (Conscrypt's stack is Conscrypt's own) */
    TlsStack(String label, String colour, Marker marker, StackDriver driver, JcaProvider crypto, Warmup warmup) {
        this.look = new Look(label, colour, marker);
        this.driver = driver;
        this.crypto = crypto;
        this.warmup = warmup;
    }

    @Override
    public String label() {
        return look.label();
    }

    @Override
    public Look look() {
        return look;
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
    @Override
    public JcaProvider crypto() {
        return crypto;
    }
}
