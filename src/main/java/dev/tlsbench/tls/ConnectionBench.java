package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import dev.tlsbench.tls.stack.SideTimes;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The life cycle the SSLEngine connection benchmarks share: a proven {@link HandshakeFixture}
 * opened per trial (what it negotiated goes to the log), its counts started with every
 * measurement iteration and checked at its end, so a connection left open, a resumed handshake
 * that turned full or a full one that resumed fails the cell with that reason.
 */
public abstract class ConnectionBench extends BenchBase {

    protected HandshakeFixture fixture;

    /**
     * Each side's share of the measured connections, as JMH secondary results of every
     * measurement iteration: the nanoseconds this thread spent in the server's engine (its
     * creation, wrap/unwrap, delegated tasks and close) and in the client's, and the connections
     * they made. EVENTS: JMH reports each iteration's sums as they are (not per second), so
     * serverEngineNanos / connections is the server's time per connection; the rest of an op's
     * time is the harness moving bytes between the engines.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class SideCounters {

        private final SideTimes times = new SideTimes();

        /** Package-private: JMH would take a public method returning a number for a counter. */
        SideTimes times() {
            return times;
        }

        @Setup(Level.Iteration)
        public void reset() {
            times.reset();
        }

        public long serverEngineNanos() {
            return times.serverNanos();
        }

        public long clientEngineNanos() {
            return times.clientNanos();
        }

        public long connections() {
            return times.connections();
        }
    }

    /** The fixture of this cell's parameters: the benchmark's one setup, which its capability probe runs too. */
    protected abstract HandshakeFixture openFixture();

    @Setup(Level.Trial)
    public void setup() {
        fixture = openFixture();
        System.out.println("negotiated: " + fixture.negotiated());
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        fixture.startIteration();
    }

    @TearDown(Level.Iteration)
    public void checkIteration() {
        fixture.checkIteration();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }
}
