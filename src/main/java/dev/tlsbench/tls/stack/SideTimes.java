package dev.tlsbench.tls.stack;

/**
 * The time one thread spends in each side's engine while it drives both ends of connections: the
 * client's and the server's share of a connection benchmark's wall time, so that a server's cost
 * per connection can be read without the client's.
 *
 * <p>Charged lap by lap: {@link #lap()} starts a lap, {@link #toClient()} or {@link #toServer()}
 * charges the time since the lap started (or since the previous charge) to that side and starts
 * the next. One thread does everything and runs the delegated tasks inline, so the elapsed time
 * between two charges is the work of the engine called in between.
 *
 * <p>The clock is {@link System#nanoTime()}, the clock JMH times its score with, so client +
 * server + harness adds up to the score's time per operation (GC pauses and preemption by other
 * processes land on whichever side was running, as they do in the score). A thread-CPU clock
 * would exclude preemption but costs a system call per read (3-5 µs each on this suite's VM, busy),
 * where a handshake takes dozens of reads.
 */
public final class SideTimes {

    private long client;
    private long server;
    private long connections;
    private long lapStart;

    /** Starts a lap: the time from now to the next charge goes to the side charged. */
    public void lap() {
        lapStart = System.nanoTime();
    }

    /** Charges the time since the lap started to the client, and starts the next lap. */
    public void toClient() {
        long now = System.nanoTime();
        client += now - lapStart;
        lapStart = now;
    }

    /** Charges the time since the lap started to the server, and starts the next lap. */
    public void toServer() {
        long now = System.nanoTime();
        server += now - lapStart;
        lapStart = now;
    }

    /** Counts one complete connection (opened, handshaken and closed). */
    public void connected() {
        connections++;
    }

    public long clientNanos() {
        return client;
    }

    public long serverNanos() {
        return server;
    }

    public long connections() {
        return connections;
    }

    /** Forgets everything charged so far (the start of a measurement iteration). */
    public void reset() {
        client = 0;
        server = 0;
        connections = 0;
    }
}
