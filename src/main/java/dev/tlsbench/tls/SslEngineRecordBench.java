package dev.tlsbench.tls;

import dev.tlsbench.bench.BenchBase;
import dev.tlsbench.bench.ParamRange;
import javax.net.ssl.SSLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The TLS record path through real SSLEngines: the client wraps one application-data record of
 * {@code appData} bytes into a preallocated buffer and the server unwraps it into another.
 * Score = records/s; bytes/s = score x appData. Compare with AeadRecordBench to see what each
 * stack adds over its raw AEAD.
 */
public class SslEngineRecordBench extends BenchBase {

    @Param
    public TlsStack stack;

    @Param
    public HandshakeConfig config;

    /** Application data per record; 16384 is TLS's maximum record plaintext. */
    @Param({"1024", "16384"})
    @ParamRange(min = 1, max = 16384)
    public int appData;

    private RecordPath path;

    @Setup(Level.Trial)
    public void setup() {
        path = RecordPath.open(stack, config, appData);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (path != null) {
            path.close();
        }
    }

    @Benchmark
    public int wrapUnwrap() throws SSLException {
        return path.wrapUnwrap();
    }
}
