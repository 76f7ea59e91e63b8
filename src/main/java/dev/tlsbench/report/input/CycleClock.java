package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.report.format.Num;
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
    static Optional<CycleClock> of(JsonNode host) {
        List<Double> readings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String method = "";
        for (String when : List.of("start", "end")) {
            JsonNode r = host.path("effectiveClock").path(when);
            if (r.path("mhz").isNumber() && r.path("plausible").asBoolean(false)) {
                readings.add(r.get("mhz").asDouble());
                parts.add(when + " " + ghz(r.get("mhz").asDouble()));
                method = r.path("method").asText("").startsWith("perf") ? "perf stat cycles / task-clock" : "timed dependent add/xor chain";
            }
        }
        if (!readings.isEmpty()) {
            double mhz = readings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            return Optional.of(new CycleClock(mhz, true, "measured " + ghz(mhz) + " (" + method + "; " + String.join(", ", parts) + ")"));
        }
        JsonNode nominal = host.path("cpuMhz");
        if (nominal.isNumber() && nominal.asDouble() > 0) {
            String source = host.path("cpuMhzSource").asText("");
            return Optional.of(new CycleClock(nominal.asDouble(), false, "at nominal " + ghz(nominal.asDouble())
                    + (source.isEmpty() ? "" : " (" + source + "; a boosting CPU runs faster)")));
        }
        return Optional.empty();
    }

    private static String ghz(double mhz) {
        return Num.sig(mhz / 1000) + " GHz";
    }
}
