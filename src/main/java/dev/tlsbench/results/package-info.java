/**
 * The run → report contract: the result files of a run directory as Java records (plan.json as
 * {@link dev.tlsbench.results.PlanFile}, a JVM's cells.json as {@link dev.tlsbench.results.CellsFile},
 * env.json as {@link dev.tlsbench.results.EnvFile}), the one Jackson configuration that reads and writes
 * them ({@link dev.tlsbench.results.Json}), and the schema version every file carries: the runner writes
 * only these records, the report reads only them. A file of an older schema is brought up to date by
 * {@link dev.tlsbench.results.Migration} before it is bound; one of a newer schema is refused by
 * {@link dev.tlsbench.results.Schema}. jmh.json stays JMH's own format, which JMH tools read; {@link
 * dev.tlsbench.results.JmhForks} writes a cell's forks, run in separate invocations, into it as JMH would.
 */
package dev.tlsbench.results;
