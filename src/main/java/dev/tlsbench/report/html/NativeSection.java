package dev.tlsbench.report.html;

import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Baseline;
import dev.tlsbench.report.input.ReportInputs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The native baseline of each result directory: what openssl speed measured, how, and on what. */
final class NativeSection {

    private NativeSection() {
    }

    static void write(Html h, ReportInputs in) {
        h.heading(2, "native", "Native baseline (openssl speed, same machine)");
        Map<Path, Baseline> byDir = new LinkedHashMap<>();
        in.runs().forEach(r -> byDir.putIfAbsent(r.dir(), r.baseline()));
        byDir.forEach((dir, b) -> {
            if (in.multiDir()) {
                h.heading(3, "", dir.getFileName().toString());
            }
            b.warnings().forEach(w -> h.p("warning", "native baseline: " + w));
            if (b.speed().isEmpty()) {
                h.p("na", b.note() + ". Charts have no native reference mark; the headline has no fraction of native.");
                return;
            }
            NativeBaseline s = b.speed().get();
            h.p(s.version() + " at " + s.openssl() + "; CPU capabilities OpenSSL uses: " + s.cpuCaps() + ". " + s.timing()
                    + "; started " + s.started() + ", took " + Num.sig(s.tookSeconds()) + " s. AEADs: -aead (a TLS-like sequence: "
                    + "nonce, 13-byte AAD, tag per record); ECDH: the derive alone; RSA: sign = the private-key operation (decryption uses "
                    + "it too), verify = the public-key operation. Raw outputs: openssl/*.txt.");
            h.tableStart("data", List.of("algorithm", "operation", "bytes", "operations/s", "GB/s", "command"));
            for (NativeBaseline.Measurement m : s.measurements()) {
                h.row("", List.of(m.algorithm(), m.operation(), m.bytes() == 0 ? "" : Num.bytes(m.bytes()), Num.sig(m.opsPerSecond()),
                        m.bytesPerSecond() > 0 ? Num.sig(m.bytesPerSecond() / 1e9) : "", m.command()));
            }
            h.tableEnd();
        });
    }
}
