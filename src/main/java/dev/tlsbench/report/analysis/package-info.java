/**
 * What the loaded runs say, before anything is drawn: ratios between runs with their propagated
 * intervals ({@link dev.tlsbench.report.analysis.Ratio}, {@link dev.tlsbench.report.analysis.Comparison}),
 * the headline's questions and their winners, the like-for-like native OpenSSL rate of a cell, the
 * per-record cost fit, warmup curves and the CPU and VM flags that explain an algorithm's speed. It
 * depends on report.input and report.format (and the kernel), never on report.chart, report.html,
 * AWT or XChart: analysis does not draw (ArchitectureTest).
 */
package dev.tlsbench.report.analysis;
