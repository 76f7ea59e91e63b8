/**
 * The report's entry point: {@code scripts/plot} runs {@link dev.tlsbench.report.cli.PlotMain},
 * which reads its arguments, loads every result directory (report.input), then
 * {@link dev.tlsbench.report.cli.Report} builds every chart before anything is written and writes
 * the charts, index.html, summary.md and results.csv. The top of the report: it may use every
 * report package, and none of them uses it; the runner (run.BenchMain) calls it after a run.
 */
package dev.tlsbench.report.cli;
