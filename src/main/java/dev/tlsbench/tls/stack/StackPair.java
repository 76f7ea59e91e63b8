package dev.tlsbench.tls.stack;

import dev.tlsbench.bench.Labeled;
import dev.tlsbench.provider.JcaProvider;
import dev.tlsbench.provider.Look;
import dev.tlsbench.provider.Owner;
import dev.tlsbench.provider.Warmup;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A client of one stack against a server of another: the owner axis ({@code pair}) of the
 * mixed-stack handshakes. Only pairs that can run in one JVM exist: SUNJSSE and SUNJSSE_ACCP are
 * one SunJSSE over two JVM-wide provider lists, so they never meet, and a stack against itself
 * is SslEngineHandshakeBench's. Each result stands on both stacks' crypto ({@link #cryptos()}).
 */
public enum StackPair implements Owner, Labeled {
    SUNJSSE_TO_BCJSSE_BC(TlsStack.SUNJSSE, TlsStack.BCJSSE_BC),
    SUNJSSE_TO_CONSCRYPT(TlsStack.SUNJSSE, TlsStack.CONSCRYPT),
    SUNJSSE_ACCP_TO_BCJSSE_BC(TlsStack.SUNJSSE_ACCP, TlsStack.BCJSSE_BC),
    SUNJSSE_ACCP_TO_CONSCRYPT(TlsStack.SUNJSSE_ACCP, TlsStack.CONSCRYPT),
    BCJSSE_BC_TO_SUNJSSE(TlsStack.BCJSSE_BC, TlsStack.SUNJSSE),
    BCJSSE_BC_TO_SUNJSSE_ACCP(TlsStack.BCJSSE_BC, TlsStack.SUNJSSE_ACCP),
    BCJSSE_BC_TO_CONSCRYPT(TlsStack.BCJSSE_BC, TlsStack.CONSCRYPT),
    CONSCRYPT_TO_SUNJSSE(TlsStack.CONSCRYPT, TlsStack.SUNJSSE),
    CONSCRYPT_TO_SUNJSSE_ACCP(TlsStack.CONSCRYPT, TlsStack.SUNJSSE_ACCP),
    CONSCRYPT_TO_BCJSSE_BC(TlsStack.CONSCRYPT, TlsStack.BCJSSE_BC);

    private final Peers peers;

    StackPair(TlsStack client, TlsStack server) {
        this.peers = new Peers(client, server);
        if (!peers.mixed() || client.driver().sharesJvmStateWith(server.driver())) {
            throw new IllegalStateException(client + " and " + server + " cannot be a pair in one JVM");
        }
    }

    /** "SunJSSE client, Conscrypt server". */
    @Override
    public String label() {
        return peers.client().label() + " client, " + peers.server().label() + " server";
    }

    /** The client's colour (the side a pair is read by) with the server's marker, so pairs of one client differ by shape. */
    @Override
    public Look look() {
        return new Look(label(), peers.client().look().colour(), peers.server().look().marker());
    }

    public Peers peers() {
        return peers;
    }

    /** JIT when either end runs its handshake in Java. */
    @Override
    public Warmup warmup() {
        return peers.client().warmup() == Warmup.JIT || peers.server().warmup() == Warmup.JIT ? Warmup.JIT : Warmup.NATIVE;
    }

    /** The server's provider, the one the charts colour the pair by; {@link #cryptos()} has both. */
    @Override
    public JcaProvider crypto() {
        return peers.server().crypto();
    }

    @Override
    public Set<JcaProvider> cryptos() {
        Set<JcaProvider> both = new LinkedHashSet<>();
        both.add(peers.client().crypto());
        both.add(peers.server().crypto());
        return both;
    }
}
