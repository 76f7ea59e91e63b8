/**
 * The report's documents as text: index.html (the headline first, then the comparison, status,
 * details, warmup, native baseline, environment and correctness sections, each chart with its data
 * table and the full reasons behind its marks), summary.md made from the same headline tables, and
 * results.csv with one row per cell. Each renders to a string from the loaded runs and the chart
 * models; it neither reads nor writes files (ArchitectureTest): the entry point writes what it
 * returns. It depends on report.chart, report.analysis, report.input and report.format.
 */
package dev.tlsbench.report.html;
