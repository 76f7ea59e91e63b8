/**
 * The report's charts: what each chart shows as a {@link dev.tlsbench.report.chart.ChartModel}
 * (built from a run's cells per family panel, from ratios between runs and from warmup curves, with
 * a mark and a footnote for every cell without a value or whose value is not a finding, and a
 * caption saying where the numbers come from), and drawing a model as a 2x PNG and an SVG with text
 * ({@link dev.tlsbench.report.chart.ChartRenderer} on XChart, with its axes, legend and text boxes).
 * It depends on report.analysis, report.input and report.format, never on report.html; it writes
 * only the chart files it is asked to write.
 */
package dev.tlsbench.report.chart;
