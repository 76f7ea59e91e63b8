package dev.tlsbench.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.stats.Steadiness;
import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ratios between runs carry an interval propagated from both runs' errors, and a difference only
 * where it excludes 1. (How the ratio chart draws them: chart.RatioChartTest.)
 */
class RatioTest {

    @TempDir
    Path tmp;

    private static Evidence evidence(double score, double error) {
        List<List<Double>> raw = List.of(List.of(score, score, score));
        return new Evidence(score, score - error, score + error, Evidence.ErrorKind.CI_999, 3, 1, Steadiness.of(raw), raw);
    }

    @Test
    void theIntervalCombinesBothRelativeErrors() {
        // 1000 ± 100 (10%) to 2000 ± 150 (7.5%): 2x, exp(±√(0.1² + 0.075²)) = exp(±0.125)
        Ratio r = Ratio.of(evidence(1000, 100), evidence(2000, 150));
        assertEquals(2.0, r.value(), 1e-12);
        assertEquals(2 * Math.exp(-0.125), r.lo(), 1e-9);
        assertEquals(2 * Math.exp(0.125), r.hi(), 1e-9);
        assertTrue(r.significant());
        Ratio close = Ratio.of(evidence(1000, 100), evidence(1100, 110));
        assertFalse(close.significant(), "1.1x with ±14% is within the noise");
        List<List<Double>> one = List.of(List.of(5.0));
        Ratio none = Ratio.of(evidence(1000, 100), new Evidence(5, 5, 5, Evidence.ErrorKind.NONE, 1, 1, Steadiness.of(one), one));
        assertFalse(none.hasInterval());
        assertFalse(none.significant(), "no error estimate: never called a difference");
        assertTrue(none.text().endsWith("x (no interval)"), none.text());
    }

    @Test
    void jdk25AgainstJdk17MatchesTheCellsMeasuredInBoth() {
        List<JvmRun> runs = Fixtures.load(Fixtures.handmade(tmp));
        List<Comparison.Row> rows = Comparison.rows(Fixtures.run(runs, "jdk17"), Fixtures.run(runs, "jdk25"));
        // jdk25 measured AES-GCM (8 cells) and RSA key transport server (4); on jdk17 Conscrypt's server cell is a harness limit
        assertEquals(11, rows.size());
        Comparison.Row jdk = rows.stream().filter(r -> r.owner().equals("JDK") && "16384".equals(r.base().param("size"))).findFirst().orElseThrow();
        // 400 000 ± 8 000 over 200 000 ± 4 000: both 2%, so exp(±0.02 √2)
        assertEquals(2.0, jdk.ratio().value(), 1e-12);
        assertEquals(2 * Math.exp(-0.02 * Math.sqrt(2)), jdk.ratio().lo(), 1e-9);
        assertEquals(2 * Math.exp(0.02 * Math.sqrt(2)), jdk.ratio().hi(), 1e-9);
    }
}
