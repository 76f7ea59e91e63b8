package dev.tlsbench.record;

import dev.tlsbench.bench.ParamRange;
import dev.tlsbench.bench.ProviderBench;
import java.security.GeneralSecurityException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Seal and open of one TLS 1.3 application-data record (see {@link dev.tlsbench.record.RecordProtector}
 * and docs/record.md). Score = records/s; MB/s = score x size / 1e6; ns/record = 1e9 / score.
 */
public class AeadRecordBench extends ProviderBench {

    @Param
    public Aead aead;

    /** Record plaintext bytes (TLSInnerPlaintext); 1350 is a record that fills one 1500-byte MTU packet. */
    @Param({"16", "64", "256", "1024", "1350", "8192", "16384"})
    @ParamRange(min = 1, max = 16384)
    public int size;

    @Param
    public BufferKind buffer;

    private RecordRing records;

    @Setup
    public void setup() {
        records = prepare();
    }

    /**
     * The one setup, which the capability probe runs too: proves the provider correct on these very
     * buffers, or throws Unsupported to skip the combination.
     */
    RecordRing prepare() {
        return RecordProof.provenRing(provider, aead, buffer, size);
    }

    @Benchmark
    public int seal() throws GeneralSecurityException {
        return records.sealNext();
    }

    @Benchmark
    public int open() throws GeneralSecurityException {
        return records.openNext();
    }
}
