package dev.tlsbench.tls.stack;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;

/**
 * One end's context, whatever its stack calls it (a JSSE SSLContext, Netty's SslContext): what
 * makes that end's engines and holds its session cache. A stack whose engines and contexts hold
 * native memory until released (Netty's reference-counted OpenSSL engine) gives it back in
 * {@link #release} and {@link #close}; for JSSE stacks both do nothing (the GC frees everything).
 */
public interface StackContext extends AutoCloseable {

    /** An engine that names no peer: it looks no session up. */
    SSLEngine newEngine();

    /** An engine for this peer: a client looks its session up under host:port. */
    SSLEngine newEngine(String host, int port);

    /** This end's session cache (the client's for a client context, the server's for a server's). */
    SSLSessionContext sessions();

    /** Gives back what one engine of this context holds, once its connection is closed or failed; at most once per engine. */
    default void release(SSLEngine engine) {
    }

    /** Gives back what the context holds; its engines must be released first. */
    @Override
    default void close() {
    }

    /** A JSSE SSLContext as one end's context. */
    static StackContext of(SSLContext context, boolean client) {
        return new StackContext() {
            @Override
            public SSLEngine newEngine() {
                return context.createSSLEngine();
            }

            @Override
            public SSLEngine newEngine(String host, int port) {
                return context.createSSLEngine(host, port);
            }

            @Override
            public SSLSessionContext sessions() {
                return client ? context.getClientSessionContext() : context.getServerSessionContext();
            }
        };
    }
}
