package dev.tlsbench.run;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellSet;
import dev.tlsbench.bench.Family;
import dev.tlsbench.bench.Timing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells one run measures on each JVM, in order, each with its timing: the profile's parts of
 * every selected family, narrowed by --param and --methods. The same plan runs on every JVM, in
 * rounds ({@link Rounds}): round i runs fork i of every cell in this order.
 */
public record Plan(Profile profile, List<Planned> cells) {

    /** One cell to measure, with the family it belongs to and the timing its profile gives it. */
    public record Planned(Family family, Cell cell, Timing timing) {

        /** A rough duration, for the ETA: JVM start and setup per fork, then warmup and measurement. */
        public Duration estimate() {
            return forkEstimate().multipliedBy(Math.max(1, timing.forks()));
        }

        /** The same for one fork (a run invokes JMH once per fork). */
        public Duration forkEstimate() {
            return FORK_OVERHEAD.plus(timing.perFork());
        }
    }

    /**
     * JVM start with its heap pre-touched (about 0.5 s for 512 MiB on two idle cores), JMH's fork
     * handshake and the setup proofs, per fork (measured before the pre-touch: 0.5-1.5 s).
     */
    static final Duration FORK_OVERHEAD = Duration.ofMillis(1700);

    public static Plan of(RunOptions options) {
        List<Planned> cells = new ArrayList<>();
        for (Family f : options.families()) {
            add(f, options, cells);
        }
        if (cells.isEmpty()) {
            throw new UsageException("profile " + options.profile().cliName() + " has no cell in the selected families"
                    + (options.params().isEmpty() && options.methods().isEmpty() ? "" : " with those --param/--methods"));
        }
        return new Plan(options.profile(), List.copyOf(cells));
    }

    private static void add(Family f, RunOptions options, List<Planned> out) {
        for (Profile.Part part : options.profile().parts(f)) {
            CellSet narrowed = narrow(f, part.cells(), options);
            if (narrowed != null) {
                // a cell two parts name (a chart cell that answers a headline question too) runs once, with the first part's timing
                f.expand(narrowed).stream().filter(c -> out.stream().noneMatch(p -> p.cell().key().equals(c.key())))
                        .forEach(c -> out.add(new Planned(f, c, part.timing())));
            }
        }
    }

    /** The part's cells restricted to the chosen values; null when nothing is left. */
    private static CellSet narrow(Family f, CellSet set, RunOptions options) {
        List<String> methods = new ArrayList<>(set.methods().isEmpty() ? f.methods() : set.methods());
        if (!options.methods().isEmpty()) {
            methods.retainAll(options.methods());
        }
        if (methods.isEmpty()) {
            return null;
        }
        Map<String, List<String>> params = new LinkedHashMap<>(set.params());
        for (Map.Entry<String, List<String>> keep : options.params().entrySet()) {
            List<String> axis = f.axes().get(keep.getKey());
            if (axis == null) {
                continue; // a parameter of other families
            }
            List<String> values = new ArrayList<>(params.getOrDefault(keep.getKey(), axis));
            values.retainAll(keep.getValue());
            if (values.isEmpty()) {
                return null;
            }
            params.put(keep.getKey(), values);
        }
        return new CellSet(methods, params, set.threads());
    }

    /** How many forks the plan runs on one JVM. */
    public int forks() {
        return cells.stream().mapToInt(p -> Math.max(1, p.timing().forks())).sum();
    }

    /** The plan's estimated duration on one JVM, environment capture not included. */
    public Duration estimate() {
        return cells.stream().map(Planned::estimate).reduce(Duration.ZERO, Duration::plus);
    }
}
