/**
 * How the report writes for people: numbers with about three significant digits and their units
 * ({@link dev.tlsbench.report.format.Num}), and readable names for axis constants, methods, owners
 * and JMH timings where plan.json has no label ({@link dev.tlsbench.report.format.Labels}). Every
 * other report package uses it; it depends on no report package (only the kernel's
 * {@code bench.Timing}).
 */
package dev.tlsbench.report.format;
