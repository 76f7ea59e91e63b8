package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The life cycle the SSLEngine connection benchmarks share: a proven {@link HandshakeFixture}
 * opened per trial (what it negotiated goes to the log), its counts started with every
 * measurement iteration and checked at its end, so a connection left open, a resumed handshake
 * that turned full or a full one that resumed fails the cell with that reason.
 */
public abstract class ConnectionBench extends BenchBase {

    protected HandshakeFixture fixture;

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
