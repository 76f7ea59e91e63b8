package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a JMH JSON result array, as far as the report reads it.
 *
 * @param score   the primary score, normalized to operations per second
 * @param error   the half-width of JMH's 99.9% confidence interval in the same unit, NaN when JMH
 *                could not compute one (it writes the string "NaN")
 * @param rawData one list of iteration scores per fork, in operations per second
 * @param sides   the server's and client's share per connection, where the benchmark counted them
 */
record JmhResult(String benchmark, String mode, int threads, int forks, Map<String, String> params, double score,
                 double error, List<List<Double>> rawData, Optional<SideShare> sides) {

    /** The cell this result measured, as cells.json keys it. */
    Cell cell() {
        return new Cell(benchmark, params, threads);
    }

    int samples() {
        return rawData.stream().mapToInt(List::size).sum();
    }
}
