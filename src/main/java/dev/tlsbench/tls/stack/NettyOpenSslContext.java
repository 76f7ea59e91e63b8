package dev.tlsbench.tls.stack;

import dev.tlsbench.provider.Unsupported;
import dev.tlsbench.tls.config.TlsGroup;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.OpenSslContextOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCounted;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSessionContext;

/**
 * One end's Netty OpenSSL context: a ReferenceCountedOpenSslContext and the engines it makes, each
 * holding a native SSL_CTX or SSL until released. The suite releases every engine once its
 * connection is closed (or failed) and the context when its endpoints close, so a long run holds
 * only the connections it has open; NettyOpenSslTest counts that nothing is left.
 */
final class NettyOpenSslContext implements StackContext {

    private final SslContext context;

    private NettyOpenSslContext(SslContext context) {
        this.context = context;
    }

    /**
     * Builds the context with OPENSSL_REFCNT, limited to {@code groups} (BoringSSL's names) when
     * given.
     *
     * @throws Unsupported for a group BoringSSL has no name for, or one Netty's BoringSSL refuses
     */
    static NettyOpenSslContext build(SslContextBuilder b, List<TlsGroup> groups, boolean client) throws SSLException {
        b.sslProvider(SslProvider.OPENSSL_REFCNT);
        if (!groups.isEmpty()) {
            b.option(OpenSslContextOption.GROUPS, NettyOpenSslDriver.groupNames(groups));
        }
        SslContext made;
        try {
            made = b.build();
        } catch (IllegalArgumentException e) { // Netty's refusal of a group list BoringSSL does not take
            throw new Unsupported("cannot limit Netty's OpenSSL context to " + groups, e);
        }
        NettyOpenSslDriver.requireOpenSsl(made);
        return new NettyOpenSslContext(made);
    }

    @Override
    public SSLEngine newEngine() {
        return context.newEngine(ByteBufAllocator.DEFAULT);
    }

    @Override
    public SSLEngine newEngine(String host, int port) {
        return context.newEngine(ByteBufAllocator.DEFAULT, host, port);
    }

    @Override
    public SSLSessionContext sessions() {
        return context.sessionContext();
    }

    /** Frees the engine's SSL (ReferenceCountedOpenSslEngine starts at one reference). */
    @Override
    public void release(SSLEngine engine) {
        ((ReferenceCounted) engine).release();
    }

    /** Frees the SSL_CTX (the context starts at one reference; every live engine holds another). */
    @Override
    public void close() {
        ((ReferenceCounted) context).release();
    }

    /** The context's own reference count, for the tests that check nothing is left held. */
    int refCnt() {
        return ((ReferenceCounted) context).refCnt();
    }
}
