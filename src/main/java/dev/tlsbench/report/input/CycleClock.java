package dev.tlsbench.report.input;

import dev.tlsbench.report.format.Num;
import dev.tlsbench.results.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clock cycles per byte are computed from, and how it is known: the effective clock the run
 * measured (env.json's {@code host.effectiveClock}: its plausible readings at the start and the end,
 * averaged), else the nominal one ({@code host.cpuMhz}), which a boosting CPU exceeds. {@link #basis()}
 * says which, for every caption that shows a c/B.
 *
 * @param mhz      the clock used
 * @param measured whether it was measured during the run (else nominal)
 * @param basis    "measured 3.24 GHz (timed dependent add/xor chain; start 3.24, end 3.20 GHz)" or "at nominal 2.1 GHz"
 */
public record CycleClock(double mhz, boolean measured, String basis) {

    /** The clock of one env.json host part, empty when neither a measurement nor a nominal clock is there. */
    static Optional<CycleClock> of(Host host) {
        List<Double> readings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String method = "";
        Host.Clocks clocks = host.effectiveClock();
        for (String when : List.of("start", "end")) {
            Host.ClockReading r = clocks == null ? null : when.equals("start") ? clocks.start() : clocks.end();
            if (r != null && r.plausible()) {
                readings.add((double) r.mhz());
                parts.add(when + " " + ghz(r.mhz()));
                method = r.method() != null && r.method().startsWith("perf") ? "perf stat cycles / task-clock" : "timed dependent add/xor chain";
            }
        }
        if (!readings.isEmpty()) {
            double mhz = readings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return Optional.of(new CycleClock(mhz, true, "measured " + ghz(mhz) + " (" + method + "; " + String.join(", ", parts) + ")"));
        }
        Double nominal = host.cpuMhz();
        if (nominal != null && nominal > 0) {
            String source = host.cpuMhzSource() == null ? "" : host.cpuMhzSource();
            return Optional.of(new CycleClock(nominal, false, "at nominal " + ghz(nominal)
                    + (source.isEmpty() ? "" : " (" + source + "; a boosting CPU runs faster)")));
        }
        return Optional.empty();
    }

    private static String ghz(double mhz) {
        return Num.sig(mhz / 1000) + " GHz";
    }
}
