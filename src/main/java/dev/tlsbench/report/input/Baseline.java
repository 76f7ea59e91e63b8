package dev.tlsbench.report.input;

import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.openssl.SpeedParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The native baseline of a result directory, if it has a usable one, and otherwise why not. A
 * missing or unreadable baseline never stops a report: the reference marks are left out and the
 * report says so.
 *
 * @param note     why there is no baseline (empty when there is one)
 * @param warnings what was wrong with it (unreadable file, invocations that failed)
 */
public record Baseline(Optional<NativeBaseline> speed, String note, List<String> warnings) {

    static Baseline load(Path runDir) {
        Path file = runDir.resolve("openssl").resolve(NativeBaseline.FILE);
        if (!Files.exists(file)) {
            return new Baseline(Optional.empty(), "no native baseline in this run (" + file.getFileName()
                    + " absent: recorded by scripts/bench when openssl is on PATH)", List.of());
        }
        try {
            NativeBaseline b = NativeBaseline.read(file);
            if (!b.available()) {
                return new Baseline(Optional.empty(), "no native baseline: " + b.reason(), List.of());
            }
            List<String> warnings = new ArrayList<>();
            b.errors().forEach(e -> warnings.add(file + ": " + e.command() + ": " + e.error()));
            return new Baseline(Optional.of(b), b.measurements().isEmpty() ? "openssl ran but measured nothing" : "", warnings);
        } catch (SpeedParseException e) {
            return new Baseline(Optional.empty(), "native baseline unreadable: the report is drawn without it",
                    List.of(e.getMessage()));
        }
    }

    /** "OpenSSL 3.0.19 native, same CPU": how charts name the reference mark. */
    public String markLabel() {
        return speed.map(b -> b.shortVersion() + " native, same CPU").orElse("");
    }
}
