package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import dev.tlsbench.bench.ParamRange;
import dev.tlsbench.tls.config.HandshakeConfig;
import dev.tlsbench.tls.stack.TlsStack;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The TLS record path through real SSLEngines: one application write of {@code appData} bytes,
 * which the client wraps into records (one, or more where the stack splits it) in preallocated
 * buffers of the {@code buffers} kind and the server unwraps. Score = application writes/s;
 * bytes/s = score x appData; the secondary result "records" is TLS records/s, counted. Compare
 * with AeadRecordBench to see what each stack adds over its raw AEAD.
 */
public class SslEngineRecordBench extends BenchBase {

    @Param
    public TlsStack stack;

    @Param
    public HandshakeConfig config;

    /** Application data per write; 16384 is TLS's maximum record plaintext. */
    @Param({"1024", "16384"})
    @ParamRange(min = 1, max = 16384)
    public int appData;

    @Param
    public EngineBuffers buffers;

    private RecordPath path;

    /** The records the writes took, reported by JMH as a secondary result in records/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Records {
        public long records;

        /** Package-private: JMH would take a public method returning a number for a counter. */
        int add(int n) {
            records += n;
            return n;
        }
    }

    @Setup(Level.Trial)
    public void setup() {
        path = openPath();
        System.out.println("records per write of " + appData + " bytes: " + path.recordsPerWrite());
    }

    /** The one setup, which the capability probe runs too: a proven connection and a checked round trip. */
    RecordPath openPath() {
        return RecordPath.open(stack, config, appData, buffers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (path != null) {
            path.close();
        }
    }

    @Benchmark
    public int write(Records counted) throws SSLException {
        return counted.add(path.write());
    }
}
