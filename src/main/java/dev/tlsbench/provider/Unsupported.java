package dev.tlsbench.provider;

/**
 * A combination (provider x algorithm, stack x configuration) that cannot run on this platform.
 * Thrown from benchmark setup it makes JMH skip that one combination with this reason and go on;
 * capability probes turn it into an "unsupported: reason" cell. It never means "use another provider".
 * Its subclass {@link HarnessLimit} marks what the owner can do but the suite cannot make it do.
 */
public class Unsupported extends RuntimeException {

    public Unsupported(String reason) {
        super(reason);
    }

    public Unsupported(String reason, Throwable cause) {
        super(reason + (cause == null ? "" : ": " + describe(cause)), cause);
    }

    /** One line for a throwable: its class and message, the way a reason is shown in tables. */
    public static String describe(Throwable t) {
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : " " + msg);
    }

    /** A skip is an expected outcome: keep JMH's log to the one line that says why. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
