package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Log axes tick at decades starting near the data, ratio axes at powers of two through 1. */
class AxisTicksTest {

    @Test
    void aLogAxisSpansTheDecadesOfTheDataOnly() {
        AxisTicks t = AxisTicks.of(ChartModel.Scale.LOG10, List.of(2300.0, 45000.0, 8100.0));
        assertEquals(3, t.min(), 1e-12, "starts at 1000, not at 1");
        assertEquals(5, t.max(), 1e-12);
        assertEquals(List.of("1000", "2000", "5000", "10k", "20k", "50k", "100k"), t.labels(), "decades, and 2, 5 within two decades");
        AxisTicks wide = AxisTicks.of(ChartModel.Scale.LOG10, List.of(30.0, 2e6));
        assertEquals(List.of("10", "100", "1000", "10k", "100k", "1M", "10M"), wide.labels(), "decades only");
    }

    @Test
    void aRatioAxisShowsOneAndPowersOfTwo() {
        AxisTicks t = AxisTicks.of(ChartModel.Scale.LOG2, List.of(1.3, 2.6, 0.9));
        assertEquals(List.of("0.5x", "1x", "2x", "4x"), t.labels());
        assertEquals(0.0, t.ticks().get(1), 1e-12, "1 is log2 0");
    }

    @Test
    void aLinearAxisStartsAtZero() {
        AxisTicks t = AxisTicks.of(ChartModel.Scale.LINEAR, List.of(1200.0, 5400.0, -300.0));
        assertEquals(0, t.min(), 1e-12);
        assertEquals(List.of("0", "2000", "4000", "6000"), t.labels(), "steps of 1, 2 or 5 times a power of ten");
    }
}
