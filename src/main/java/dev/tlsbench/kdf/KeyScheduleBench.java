package dev.tlsbench.kdf;

import dev.tlsbench.bench.ProviderBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The TLS 1.3 key schedule of one handshake with the provider's HKDF: 3 extracts and 14
 * expand-labels (see Tls13KeySchedule), their labels and contexts built in setup. Score = key
 * schedules/s. Setup checks it against RFC 8448.
 */
public class KeyScheduleBench extends ProviderBench {

    @Param
    public Kdf kdf;

    private KeyScheduleWorkload workload;

    @Setup
    public void setup() {
        workload = prepare();
    }

    /** The one setup, which the capability probe runs too. */
    KeyScheduleWorkload prepare() {
        return new KeyScheduleWorkload(provider, kdf);
    }

    @Benchmark
    public Tls13Secrets tls13KeySchedule() {
        return workload.tls13KeySchedule();
    }
}
