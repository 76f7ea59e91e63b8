/**
 * Reading result directories: a scripts/bench directory's env.json, plan.json, native baseline and,
 * per JVM, cells.json joined with jmh.json, loaded by {@link dev.tlsbench.report.input.ResultDir}
 * into {@link dev.tlsbench.report.input.JvmRun}s whose cells carry their state, their JMH result,
 * the evidence behind the score and the correctness-gate findings that apply to them. Every input is
 * validated here, before anything is drawn; a problem is a
 * {@link dev.tlsbench.report.input.ReportInputException} naming the file. The only report package
 * that reads files; it depends on report.format and the kernel (bench, openssl), never on the
 * suite's domain packages nor on the analysis, chart or html packages above it.
 */
package dev.tlsbench.report.input;
