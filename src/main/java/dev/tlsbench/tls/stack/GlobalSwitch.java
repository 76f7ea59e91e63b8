package dev.tlsbench.tls.stack;

import java.util.function.Supplier;

/**
 * A change to JVM-wide JCA state (the provider list, a Security property) that several users may
 * need at once: the first {@link #acquire()} applies it, the last {@link Lease#close()} undoes
 * it. Benchmark forks hold it for their whole life; probes and in-process tests release it, so
 * they leave the JVM as they found it.
 */
public final class GlobalSwitch {

    /** A held acquisition; closing it twice is harmless. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final Runnable apply;
    private final Runnable undo;
    private int holders;

    GlobalSwitch(Runnable apply, Runnable undo) {
        this.apply = apply;
        this.undo = undo;
    }

    synchronized Lease acquire() {
        if (holders++ == 0) {
            apply.run();
        }
        boolean[] closed = {false};
        return () -> {
            synchronized (GlobalSwitch.this) {
                if (!closed[0]) {
                    closed[0] = true;
                    if (--holders == 0) {
                        undo.run();
                    }
                }
            }
        };
    }

    /**
     * {@code first}, then the lease {@code second} acquires, held together and closed in reverse
     * order; when {@code second} fails, {@code first} is closed before the failure goes on.
     */
    static Lease both(Lease first, Supplier<Lease> second) {
        try {
            Lease then = second.get();
            return () -> {
                then.close();
                first.close();
            };
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    /** A lease that changes nothing, for stacks and configurations that need no global change. */
    public static final Lease NOTHING = () -> { };
}
