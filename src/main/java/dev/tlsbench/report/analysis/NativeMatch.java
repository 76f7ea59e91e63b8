package dev.tlsbench.report.analysis;

import dev.tlsbench.bench.SpeedMatch;
import dev.tlsbench.openssl.NativeBaseline;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.Baseline;
import dev.tlsbench.report.input.FamilyPlan;
import java.util.Map;
import java.util.Optional;

/**
 * Which native measurement a suite cell can be compared with: the same primitive, the same
 * operation, the same message size. The family says which in plan.json (its {@link SpeedMatch}es,
 * declared by the constants: an AEAD's record sealing and opening, a signature scheme's sign and
 * verify, RSA key transport's private- and public-key operations, a group's ECDH derive, the RSA
 * operation of a TLS 1.2 RSA key-transport handshake's side); the report matches a cell's method
 * and axis values to them and looks the measurement up in speed.json, knowing no constant itself.
 */
public final class NativeMatch {

    /** A comparable native rate, in the cell's operations per second, and what it is. */
    public record Native(double opsPerSecond, String what) {
    }

    private NativeMatch() {
    }

    public static Optional<Native> of(Baseline baseline, FamilyPlan family, String method, Map<String, String> params) {
        if (baseline.speed().isEmpty()) {
            return Optional.empty();
        }
        NativeBaseline b = baseline.speed().get();
        Optional<NativeBaseline.Measurement> m = family.nativeMatches().stream().filter(s -> s.matches(method, params)).findFirst()
                .flatMap(s -> bytes(s, params).flatMap(size -> b.find(s.algorithm(), s.operation(), size)));
        return m.map(x -> new Native(x.opsPerSecond(), x.algorithm() + " " + x.operation()
                + (x.bytes() > 0 ? " at " + Num.bytes(x.bytes()) : "") + " (" + x.command() + ")"));
    }

    /** The message size the match is measured at: the cell's value of its size axis, or 0 for a public-key operation. */
    private static Optional<Integer> bytes(SpeedMatch s, Map<String, String> params) {
        if (s.bytesParam() == null) {
            return Optional.of(0);
        }
        String v = params.get(s.bytesParam());
        try {
            return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
