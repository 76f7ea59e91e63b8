package dev.tlsbench.provider;

/**
 * A combination the owner can do but this suite cannot force or observe (a stack that picks its
 * TLS 1.3 suite itself, a group it reaches only after a HelloRetryRequest the configuration does
 * not allow). It is skipped like {@link Unsupported}, but reported as a limit of the harness, so a
 * reader never takes it for a missing feature of the provider or stack.
 */
public final class HarnessLimit extends Unsupported {

    public HarnessLimit(String reason) {
        super(reason);
    }
}
