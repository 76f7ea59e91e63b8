package dev.tlsbench.bench;

import dev.tlsbench.provider.HarnessLimit;
import dev.tlsbench.provider.Unsupported;

/**
 * Whether one provider (or TLS stack) can do one algorithm (or configuration), found by trying it:
 * yes; no, with the reason; the suite cannot make it (a harness limit); or the attempt failed in a
 * way that is neither (a proof that did not hold), which is a bug to look at, never a "no".
 */
public record Support(CellState state, String reason) {

    public static final Support YES = new Support(CellState.MEASURED, "");

    /** A capability is found by trying it: the attempt's exception decides the state and gives the reason. */
    public static Support probe(Attempt attempt) {
        try {
            attempt.run();
            return YES;
        } catch (HarnessLimit h) {
            return new Support(CellState.HARNESS_LIMIT, h.getMessage());
        } catch (Unsupported u) {
            return new Support(CellState.UNSUPPORTED, u.getMessage());
        } catch (Exception | LinkageError e) {
            return new Support(CellState.FAILED, Unsupported.describe(e));
        }
    }

    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    /** True when the benchmark would run and measure it. */
    public boolean supported() {
        return state == CellState.MEASURED;
    }

    @Override
    public String toString() {
        return supported() ? "yes" : state.label() + ": " + reason;
    }
}
