package dev.tlsbench.capability;

import dev.tlsbench.provider.Unsupported;

/** Whether one provider (or TLS stack) can do one algorithm (or configuration), and if not, why. */
public record Support(boolean supported, String reason) {

    public static final Support YES = new Support(true, "");

    public static Support no(String reason) {
        return new Support(false, reason);
    }

    /** A capability is found by trying it: the attempt's failure is the reason. */
    public static Support probe(Attempt attempt) {
        try {
            attempt.run();
            return YES;
        } catch (Unsupported u) {
            return no(u.getMessage());
        } catch (Exception | LinkageError e) {
            return no(Unsupported.describe(e));
        }
    }

    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    @Override
    public String toString() {
        return supported ? "yes" : "unsupported: " + reason;
    }
}
