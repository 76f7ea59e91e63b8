/**
 * The TLS stacks and how connections between them are made: each stack's driver (how it is built,
 * pinned and what JVM-wide state it needs), the test PKI, the server's key manager, the client and
 * server SSLContexts of a configuration, and the pump that drives two SSLEngines in memory.
 */
package dev.tlsbench.tls.stack;
