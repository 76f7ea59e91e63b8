package dev.tlsbench.report.analysis;

import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The cost of one TLS record as a + b x bytes, fitted by least squares over the measured record
 * sizes of each owner x every other parameter: a = fixed ns per record (init, tag, call
 * overhead), b = ns per byte; cycles per byte = b x clock where env.json knows the clock. Applies
 * to any family whose chart counts bytes per operation along its x axis (the record family).
 */
public final class RecordFit {

    /** One fitted line over {@code points} sizes. {@code cyclesPerByte} is NaN when the clock is unknown. */
    public record Fit(String what, String owner, int points, double fixedNs, double nsPerByte, double cyclesPerByte, double r2) {
    }

    private RecordFit() {
    }

    public static List<Fit> fits(JvmRun run, FamilyPlan family) {
        List<Fit> out = new ArrayList<>();
        String sizeParam = family.charts().stream().filter(c -> c.bytesPerOpParam() != null && c.bytesPerOpParam().equals(c.xParam()))
                .map(c -> c.xParam()).findFirst().orElse(null);
        if (sizeParam == null) {
            return out;
        }
        OptionalDouble mhz = run.env().cpuMhz();
        Map<String, List<CellOutcome>> groups = new LinkedHashMap<>();
        for (CellOutcome c : run.of(family)) {
            if (c.measured() && c.cell().threads() == 1) {
                StringBuilder k = new StringBuilder(c.method());
                c.cell().params().forEach((p, v) -> k.append(p.equals(sizeParam) ? "" : " " + v));
                groups.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(c);
            }
        }
        for (List<CellOutcome> g : groups.values()) {
            if (g.size() < 2) {
                continue; // a line needs two sizes
            }
            double[] x = g.stream().mapToDouble(c -> Num.number(c.param(sizeParam))).toArray();
            double[] y = g.stream().mapToDouble(c -> 1e9 / c.score()).toArray();
            double[] ab = leastSquares(x, y);
            double cpb = mhz.isPresent() ? ab[1] * mhz.getAsDouble() / 1000.0 : Double.NaN;
            CellOutcome first = g.get(0);
            out.add(new Fit(Comparison.describe(first, false, sizeParam), first.owner(), g.size(),
                    ab[0], ab[1], cpb, rSquared(x, y, ab)));
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
        double my = Arrays.stream(y).average().orElse(0);
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
