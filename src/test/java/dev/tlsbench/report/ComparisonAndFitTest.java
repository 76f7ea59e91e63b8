package dev.tlsbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ratios between runs and the a + b x bytes fit, on examples worked out by hand. */
class ComparisonAndFitTest {

    private static final String SEAL = "dev.tlsbench.record.AeadRecordBench.seal";

    @TempDir
    Path tmp;

    private static String rec(String provider, int size, double score) {
        return Fixtures.result(SEAL, "\"provider\":\"" + provider + "\",\"aead\":\"AES_128_GCM\",\"size\":\"" + size
                + "\",\"buffer\":\"DIRECT\"", score, Double.NaN);
    }

    @Test
    void ratiosAreOtherOverBaselineForCombinationsInBoth() throws Exception {
        Path a = Fixtures.dir(tmp, "a", "jdk17", "[" + rec("JDK", 64, 1000) + "," + rec("BC", 64, 400) + "," + rec("ACCP", 64, 10) + "]");
        Path b = Fixtures.dir(tmp, "b", "jdk25", "[" + rec("JDK", 64, 2500) + "," + rec("BC", 64, 300) + "]");
        Run base = ResultDir.load(a).get(0);
        Run other = ResultDir.load(b).get(0);
        List<Comparison.Ratio> ratios = Comparison.ratios(base, other);
        assertEquals(2, ratios.size(), "ACCP is only in the baseline");
        assertEquals(2.5, ratios.stream().filter(r -> r.owner().equals("JDK")).findFirst().orElseThrow().ratio(), 1e-12);
        assertEquals(0.75, ratios.stream().filter(r -> r.owner().equals("BC")).findFirst().orElseThrow().ratio(), 1e-12);

        Path out = PlotMain.run("--out", tmp.resolve("cmp").toString(), a.toString(), b.toString());
        ChartModel cmp = Report.charts(List.of(base, other)).stream().filter(c -> c.id().startsWith("compare")).findFirst().orElseThrow();
        assertEquals(List.of("AES_128_GCM DIRECT 64"), cmp.categories());
        assertEquals(2.5, cmp.series("JDK").y().get(0), 1e-12);
        assertEquals(0.75, cmp.series("BC").y().get(0), 1e-12);
        assertTrue(Files.exists(out.resolve("charts").resolve(cmp.id() + ".png")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("<td class=\"n\">2.500</td>"));
    }

    @Test
    void fitRecoversFixedAndPerByteCost() {
        // ns/record = 50 + 0.5 x bytes  ->  records/s = 1e9 / (50 + 0.5 x bytes); the clock is 2000 MHz.
        Path d = Fixtures.dir(tmp, "fit", "jdk17", "[" + rec("JDK", 100, 1e9 / 100) + "," + rec("JDK", 1000, 1e9 / 550)
                + "," + rec("JDK", 10000, 1e9 / 5050) + "]");
        List<RecordFit.Fit> fits = RecordFit.fits(ResultDir.load(d).get(0));
        assertEquals(1, fits.size());
        RecordFit.Fit f = fits.get(0);
        assertEquals(50, f.fixedNs(), 1e-6);
        assertEquals(0.5, f.nsPerByte(), 1e-9);
        assertEquals(1.0, f.cyclesPerByte(), 1e-9, "0.5 ns/byte x 2 GHz");
        assertEquals(1.0, f.r2(), 1e-9);
        assertEquals(3, f.points());
    }

    @Test
    void leastSquaresOnNoisyPoints() {
        // x = 0, 1, 2; y = 1, 3, 4: b = 1.5, a = 2.667 - 1.5 = 1.1667
        double[] ab = RecordFit.leastSquares(new double[] {0, 1, 2}, new double[] {1, 3, 4});
        assertEquals(1.5, ab[1], 1e-12);
        assertEquals(7.0 / 6.0, ab[0], 1e-12);
    }
}
