package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The cost of one TLS record as a + b x bytes, fitted by least squares over the measured record
 * sizes per provider x AEAD x operation x buffer: a = fixed ns per record (init, tag, call
 * overhead), b = ns per byte; cycles per byte = b x clock (GHz) where env.json knows the clock.
 */
public final class RecordFit {

    /** One fitted line; {@code cyclesPerByte} is NaN when the clock is unknown. */
    public record Fit(String provider, String aead, String method, String buffer, int points,
                      double fixedNs, double nsPerByte, double cyclesPerByte, double r2) {
    }

    private RecordFit() {
    }

    public static List<Fit> fits(Run run) {
        OptionalDouble mhz = run.env().cpuMhz();
        List<Fit> out = new ArrayList<>();
        Map<String, List<BenchResult>> groups = Panels.group(run.of(RecordPanels.BENCH),
                r -> r.owner() + " " + r.param("aead") + " " + r.method() + " " + r.param("buffer"));
        for (List<BenchResult> g : groups.values()) {
            if (g.size() < 2) {
                continue; // a line needs two sizes
            }
            double[] x = g.stream().mapToDouble(r -> Double.parseDouble(r.param("size"))).toArray();
            double[] y = g.stream().mapToDouble(r -> 1e9 / r.score()).toArray();
            double[] ab = leastSquares(x, y);
            BenchResult f = g.get(0);
            double cpb = mhz.isPresent() ? ab[1] * mhz.getAsDouble() / 1000.0 : Double.NaN;
            out.add(new Fit(f.owner(), f.param("aead"), f.method(), f.param("buffer"), g.size(), ab[0], ab[1], cpb,
                    rSquared(x, y, ab)));
        }
        return out;
    }

    /** Ordinary least squares y = a + b x; returns {a, b}. */
    static double[] leastSquares(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double b = sxy / sxx;
        return new double[] {my - b * mx, b};
    }

    static double rSquared(double[] x, double[] y, double[] ab) {
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - (ab[0] + ab[1] * x[i]);
            ssRes += e * e;
            ssTot += (y[i] - my) * (y[i] - my);
        }
        return ssTot == 0 ? 1 : 1 - ssRes / ssTot;
    }
}
