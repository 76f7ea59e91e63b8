package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.JvmRun;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record-size charts (score over record size per provider): markers with no line between two
 * measured sizes (a line would claim the sizes in between), the native reference too; and a log y
 * axis when the drawn values span more than a decade, though the record family asks for a linear one.
 */
class RecordSizeChartTest {

    @TempDir
    Path tmp;

    @Test
    void markersOnlyAndALogAxisWhereValuesSpanADecade() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        List<ChartModel> record = FamilyCharts.of(jdk17, false).get("record");
        assertFalse(jdk17.plan().family("record").orElseThrow().charts().get(0).logY(), "the family asks for a linear axis");
        int logCharts = 0;
        for (ChartModel m : record) {
            assertFalse(m.x().categorical(), m.id() + " runs over record sizes");
            double min = Double.MAX_VALUE;
            double max = 0;
            for (ChartModel.Series s : m.series()) {
                assertEquals(ChartModel.LineStyle.NONE, s.line(), m.id() + " " + s.name());
                for (ChartModel.Point p : s.points()) {
                    min = Math.min(min, p.y());
                    max = Math.max(max, p.y());
                }
            }
            for (ChartModel.Reference r : m.references()) {
                for (ChartModel.Point p : r.points()) {
                    min = Math.min(min, p.y());
                    max = Math.max(max, p.y());
                }
            }
            ChartModel.Scale expected = max / min > 10 ? ChartModel.Scale.LOG10 : ChartModel.Scale.LINEAR;
            assertEquals(expected, m.y().scale(), m.id() + ": values from " + min + " to " + max);
            logCharts += expected == ChartModel.Scale.LOG10 ? 1 : 0;

            XYPlot plot = (XYPlot) ChartRenderer.chart(m).getPlot();
            XYLineAndShapeRenderer values = (XYLineAndShapeRenderer) plot.getRenderer(1);
            for (int i = 0; i < m.series().size(); i++) {
                assertFalse(values.getSeriesLinesVisible(i), m.id() + ": series " + i + " drawn without a line");
            }
            assertFalse(((XYLineAndShapeRenderer) plot.getRenderer(2)).getDefaultLinesVisible(), m.id() + ": the native reference has no line");
        }
        assertTrue(logCharts > 0, "the fixture has a record chart spanning more than a decade");
    }

    @Test
    void aDecadeIsTheThreshold() {
        assertFalse(FamilyCharts.spansDecade(List.of(series(100, 900)), List.of()));
        assertTrue(FamilyCharts.spansDecade(List.of(series(100, 900)), List.of(new ChartModel.Reference("native", Double.NaN,
                List.of(new ChartModel.Point(1, 1100, Double.NaN, Double.NaN, ""))))));
        assertFalse(FamilyCharts.spansDecade(List.of(series(0, 900)), List.of()), "a zero keeps the axis linear");
    }

    private static ChartModel.Series series(double... ys) {
        List<ChartModel.Point> points = java.util.Arrays.stream(ys).mapToObj(y -> new ChartModel.Point(1, y, Double.NaN, Double.NaN, "")).toList();
        return new ChartModel.Series("s", "JDK", null, ChartModel.LineStyle.NONE, ChartModel.Fill.FILLED, false, true, points);
    }
}
