package dev.tlsbench.tls.stack;

import dev.tlsbench.tls.config.TlsGroup;

/**
 * A key share a stack's client sends for a pinned configuration although the server never uses it,
 * because the stack cannot be made not to: the cost of generating it is in every connection of the
 * cell, so the cell says so ({@code why}, its wire note).
 *
 * @param why "client also sends a P-256 key share: ..." as a cell's label shows it
 */
public record ExtraKeyShare(TlsGroup group, String why) {
}
