package dev.tlsbench.kdf;

import dev.tlsbench.bench.Payloads;
import dev.tlsbench.provider.ProviderSet;

/**
 * What KeyScheduleBench measures: the provider's HKDF, proven against RFC 8448 before any timing,
 * then run over a few rotating shared secrets and transcript hashes.
 */
public final class KeyScheduleWorkload {

    /** Input sets rotated through so no input is constant. */
    static final int INPUTS = 4;

    private final Tls13KeySchedule schedule;
    private final String api;
    private final byte[][] sharedSecrets = new byte[INPUTS][];
    private final Tls13KeySchedule.Labels[] labels = new Tls13KeySchedule.Labels[INPUTS];
    private int next;

    /**
     * @throws dev.tlsbench.provider.Unsupported when the provider has no HKDF for {@code kdf}
     * @throws IllegalStateException when the schedule differs from RFC 8448
     */
    public KeyScheduleWorkload(ProviderSet provider, Kdf kdf) {
        Hkdf hkdf = kdf.hkdf(provider);
        api = hkdf.api();
        schedule = new Tls13KeySchedule(hkdf, kdf);
        Rfc8448.check(schedule.derive(Rfc8448.SHARED_SECRET, Rfc8448.HELLO_HASH, Rfc8448.FINISHED_HASH));
        for (int i = 0; i < INPUTS; i++) {
            sharedSecrets[i] = Payloads.bytes(kdf.hashLength(), 3 * i);
            // the labels and transcript-hash contexts are built here, not in the timed schedule
            labels[i] = schedule.labels(Payloads.bytes(kdf.hashLength(), 3 * i + 1), Payloads.bytes(kdf.hashLength(), 3 * i + 2));
        }
    }

    /** The key schedule of one handshake over the next input set. */
    public Tls13Secrets tls13KeySchedule() {
        int i = next;
        next = (i + 1) % INPUTS;
        return schedule.derive(sharedSecrets[i], labels[i]);
    }

    /** The API the provider's HKDF is reached through. */
    public String api() {
        return api;
    }
}
