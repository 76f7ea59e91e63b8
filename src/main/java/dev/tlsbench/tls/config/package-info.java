/**
 * What a TLS cell configures, as data: the handshake configurations (protocol, suite, group,
 * certificate, or a stack's defaults), the suites, groups and certificate types they are made of,
 * and full or resumed handshakes. No stack, engine or proof code; every other tls package reads these.
 */
package dev.tlsbench.tls.config;
