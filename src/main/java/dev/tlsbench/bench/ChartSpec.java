package dev.tlsbench.bench;

/**
 * How the report draws one chart kind of a family: what goes along x, what a panel (one chart)
 * is split by, and how a score becomes the y value. The report reads these from the family
 * descriptors, so it knows no benchmark class by name.
 *
 * @param xParam          the @Param along the x axis (bars: categories; lines: numeric)
 * @param xLabel          that axis for people, with its unit where it has one
 * @param lines           true for a line chart over a numeric x, false for bars per category
 * @param title           a human title, e.g. "TLS record sealing and opening"
 * @param yLabel          the y axis with its unit, e.g. "MB/s"
 * @param logY            a log y axis (values spanning decades)
 * @param bytesPerOpParam the @Param whose value is the bytes of one operation (score x bytes = bytes/s), or null
 */
public record ChartSpec(String xParam, String xLabel, boolean lines, String title, String yLabel, boolean logY,
                        String bytesPerOpParam) {

    /** Bars per {@code xParam} value, one bar per owner, y in the benchmark's ops/s. */
    public static ChartSpec bars(String xParam, String xLabel, String title, String yLabel, boolean logY) {
        return new ChartSpec(xParam, xLabel, false, title, yLabel, logY, null);
    }

    /** A line per owner over a numeric {@code xParam}. */
    public static ChartSpec lines(String xParam, String xLabel, String title, String yLabel, boolean logY) {
        return new ChartSpec(xParam, xLabel, true, title, yLabel, logY, null);
    }

    /** The same chart with y = score x the value of {@code param} bytes. */
    public ChartSpec bytesPerOp(String param) {
        return new ChartSpec(xParam, xLabel, lines, title, yLabel, logY, param);
    }
}
