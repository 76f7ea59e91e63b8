package dev.tlsbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.results.CellRecord;
import dev.tlsbench.results.CellsFile;
import dev.tlsbench.results.JmhForks;
import dev.tlsbench.results.Json;
import dev.tlsbench.results.ResultFiles;
import dev.tlsbench.results.Schema;
import dev.tlsbench.results.UnsupportedSchemaException;
import dev.tlsbench.stats.Steadiness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * What one JVM of a run has measured so far, saved after every fork: {@code <jvm>/cells.json}
 * ({@link CellsFile}), every planned cell with its state (pending until it ran), reason, timing,
 * duration and its forks (round, start, duration, warmup scores); and {@code <jvm>/jmh.json}, the
 * JMH results of every measured cell in one standard JMH JSON array (what jmh-visualizer and other
 * JMH tools read), one entry per cell with its forks merged as JMH writes a multi-fork result
 * ({@link JmhForks}). A resumed run loads both and runs only the forks that are missing.
 */
public final class JvmResults {

    private final Path dir;
    private final String jvmId;
    private final Map<String, CellRecord> cells = new LinkedHashMap<>();
    private final Map<String, JsonNode> jmh = new LinkedHashMap<>();
    /** After a damaged cells.json: what status.tsv and jmh.json say of each cell, applied by plan(). */
    private final Map<String, StatusTsv.Line> recovered = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private JvmResults(Path dir, String jvmId) {
        this.dir = dir;
        this.jvmId = jvmId;
    }

    /**
     * The results saved in {@code dir} (a JVM's directory of a run), or none. A damaged cells.json
     * (cut short by a full disk, edited by hand) is kept as cells.json.damaged and the cell list
     * rebuilt from status.tsv and jmh.json; a damaged jmh.json sends its measured cells back to the
     * queue. Either way {@link #warnings()} says so in one line.
     */
    public static JvmResults load(Path dir, String jvmId) {
        JvmResults r = new JvmResults(dir, jvmId);
        Path jmhFile = dir.resolve("jmh.json");
        Path cellsFile = dir.resolve("cells.json");
        String jmhProblem = null;
        if (Files.exists(jmhFile)) {
            try {
                for (JsonNode n : Json.MAPPER.readTree(jmhFile.toFile())) {
                    r.jmh.put(keyOf(n), n);
                }
            } catch (IOException | RuntimeException e) {
                r.jmh.clear();
                jmhProblem = JsonProblem.of(e);
                keepDamaged(jmhFile);
            }
        }
        if (Files.exists(cellsFile)) {
            try {
                for (CellRecord c : ResultFiles.readCells(cellsFile).cells()) {
                    r.cells.put(c.key(), c);
                }
            } catch (UnsupportedSchemaException e) {
                throw new RunRefused(e.getMessage() + "; resume it with the suite that wrote it");
            } catch (RuntimeException e) {
                r.cells.clear();
                keepDamaged(cellsFile);
                r.recovered.putAll(StatusTsv.read(dir.getParent().resolve("status.tsv"), jvmId));
                r.jmh.keySet().forEach(k -> r.recovered.putIfAbsent(k, new StatusTsv.Line(CellState.MEASURED, "", "")));
                r.warnings.add(cellsFile + " is unreadable (" + JsonProblem.of(e) + "); rebuilt the cell list from status.tsv"
                        + " and jmh.json: " + r.keptSummary() + ", every other cell will run (the damaged file is kept as"
                        + " cells.json.damaged)");
            }
        }
        int lost = 0;
        for (CellRecord c : List.copyOf(r.cells.values())) {
            if (c.state() == CellState.MEASURED && !r.jmh.containsKey(c.key())) {
                r.cells.put(c.key(), c.withForks(List.of()).with(CellState.PENDING, "its JMH result was lost: measured again", c.seconds()));
                lost++;
            } else if (c.state() == CellState.MEASURED) {
                r.reconcileForks(c);
            } else {
                r.jmh.remove(c.key()); // a fork whose cell was not saved as measured (killed between the two files): runs again
            }
        }
        if (jmhProblem != null) {
            r.warnings.add(jmhFile + " is unreadable (" + jmhProblem + "); " + lost + " measured cell" + (lost == 1 ? "" : "s")
                    + " will run again (the damaged file is kept as jmh.json.damaged)");
        }
        return r;
    }

    /**
     * Makes cells.json's forks and jmh.json's rawData agree: a fork in jmh.json that cells.json does not
     * record (a run killed between writing the two) is dropped and runs again; a cell recorded before
     * forks were (one JMH invocation per cell) gets one record per fork of its result.
     */
    private void reconcileForks(CellRecord c) {
        JsonNode entry = jmh.get(c.key());
        int inJmh = JmhForks.forks(entry.path("primaryMetric")).size();
        if (c.forks().isEmpty()) {
            List<CellRecord.Fork> forks = new ArrayList<>();
            double each = c.seconds() == null || inJmh == 0 ? 0 : c.seconds() / inJmh;
            for (int i = 1; i <= inJmh; i++) {
                forks.add(new CellRecord.Fork(i, null, each, List.of(), null, null));
            }
            cells.put(c.key(), c.withForks(forks));
        } else if (inJmh > c.forks().size()) {
            jmh.put(c.key(), JmhForks.firstForks(entry, c.forks().size()));
        } else if (inJmh < c.forks().size()) {
            cells.put(c.key(), c.withForks(c.forks().subList(0, inJmh)));
        }
    }

    private static void keepDamaged(Path file) {
        try {
            Files.copy(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of " + file, e);
        }
    }

    /** "2 cells kept (1 measured, 1 unsupported)": the recovered cells a resumed run keeps. */
    private String keptSummary() {
        Map<String, Integer> kept = new TreeMap<>();
        recovered.forEach((key, line) -> {
            if (keeps(line.state(), key)) {
                kept.merge(line.state().label(), 1, Integer::sum);
            }
        });
        int n = kept.values().stream().mapToInt(Integer::intValue).sum();
        return n + " cell" + (n == 1 ? "" : "s") + " kept" + (n == 0 ? "" : " (" + kept.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")");
    }

    /** A recovered state a rerun would not change; a measured cell only with its result. */
    private boolean keeps(CellState state, String key) {
        return state == CellState.MEASURED ? jmh.containsKey(key) : state.settled();
    }

    /** Adds the plan's cells not seen before: pending, or in the state recovered for them. */
    public void plan(List<Plan.Planned> planned) {
        for (Plan.Planned p : planned) {
            String k = p.cell().key();
            if (cells.containsKey(k)) {
                continue;
            }
            CellRecord n = new CellRecord(k, p.family().name(), p.cell().benchmark(), new TreeMap<>(p.cell().params()),
                    p.cell().threads(), p.timing().toString(), CellState.PENDING, null, null, null);
            StatusTsv.Line was = recovered.get(k);
            if (was != null && (keeps(was.state(), k) || was.state() == CellState.FAILED)) {
                n = n.with(was.state(), was.reason(), was.seconds().isEmpty() ? null : Double.parseDouble(was.seconds()));
            }
            cells.put(k, n);
            if (n.state() == CellState.MEASURED) {
                reconcileForks(n); // one record per fork of its JMH result
            }
        }
    }

    /** True when the cell ended in a state a rerun would not change (measured, unsupported, harness limit). */
    public boolean done(Cell cell) {
        CellRecord n = cells.get(cell.key());
        return n != null && n.state().settled();
    }

    /** True when the cell takes no more forks: unsupported or a harness limit (a measured cell may take more). */
    public boolean closed(Cell cell) {
        CellRecord n = cells.get(cell.key());
        return n != null && n.state().settled() && n.state() != CellState.MEASURED;
    }

    /** How many forks of the cell are measured and kept. */
    public int forks(Cell cell) {
        CellRecord n = cells.get(cell.key());
        return n == null || n.state() != CellState.MEASURED ? 0 : n.forks().size();
    }

    /**
     * The mean score of each fork the cell's estimate stands on, as the report takes it: each settled
     * fork's steady window, unsettled forks set aside ({@link Steadiness#estimate()}).
     */
    public List<Double> forkMeans(Cell cell) {
        return Steadiness.of(forkSamples(cell)).estimate().stream()
                .map(f -> f.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)).toList();
    }

    /** The samples of each kept fork of the cell, in order (empty before one finished). */
    public List<List<Double>> forkSamples(Cell cell) {
        JsonNode entry = forks(cell) == 0 ? null : jmh.get(cell.key());
        return entry == null ? List.of() : JmhForks.forks(entry.path("primaryMetric"));
    }

    /**
     * The round each kept fork of the cell ran in, in order; empty when a fork was reconstructed from
     * a one-invocation cell (no start time), as the report reads it: such forks did not run in rounds.
     */
    public List<Integer> forkRounds(Cell cell) {
        List<CellRecord.Fork> kept = forks(cell) == 0 ? List.of() : cells.get(cell.key()).forks();
        return kept.stream().anyMatch(f -> f.started() == null) ? List.of() : kept.stream().map(CellRecord.Fork::round).toList();
    }

    /** How long each kept fork of the cell took, in seconds. */
    public List<Double> forkSeconds(Cell cell) {
        return forks(cell) == 0 ? List.of() : cells.get(cell.key()).forks().stream().map(CellRecord.Fork::seconds).toList();
    }

    /** The timing each kept fork of the cell ran with when it was not the cell's (a longer fork), else null; in order. */
    public List<String> forkTimings(Cell cell) {
        return forks(cell) == 0 ? List.of() : cells.get(cell.key()).forks().stream().map(CellRecord.Fork::timing).toList();
    }

    /** The highest round any kept fork ran in (0 before any). */
    public int lastRound() {
        return cells.values().stream().flatMap(c -> c.forks().stream()).mapToInt(CellRecord.Fork::round).max().orElse(0);
    }

    /** Seconds spent on the kept forks and failed cells so far: what the budget has already paid for. */
    public double secondsSpent() {
        return cells.values().stream().filter(c -> c.seconds() != null).mapToDouble(CellRecord::seconds).sum();
    }

    /**
     * Records what became of one fork of a cell in {@code round} and saves everything. A measured fork
     * is added to the cell's forks; any other outcome decides the cell's state and drops its forks (a
     * cell with a failed fork is not published; a resumed run measures it again from its first fork).
     * {@code forkTiming} is the fork's own timing when it ran longer than the cell's, else null.
     */
    public void record(CellRun.Outcome o, int round, String forkTiming) {
        CellRecord n = cells.get(o.cell().key());
        double seconds = Math.round(o.took().toMillis() / 100.0) / 10.0;
        if (o.state() == CellState.MEASURED) {
            jmh.put(n.key(), JmhForks.merge(n.state() == CellState.MEASURED ? jmh.get(n.key()) : null, jmhJson(o.result())));
            cells.put(n.key(), (n.state() == CellState.MEASURED ? n : n.withForks(List.of()))
                    .plusFork(new CellRecord.Fork(round, o.started().truncatedTo(ChronoUnit.MILLIS).toString(), seconds, o.warmup(), o.load(), forkTiming)));
        } else {
            jmh.remove(n.key());
            cells.put(n.key(), n.withForks(List.of()).with(o.state(), o.reason(), seconds));
        }
        save();
    }

    /** State counts, for the summary line. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        cells.values().forEach(c -> counts.merge(c.state().label(), 1, Integer::sum));
        return counts;
    }

    public List<CellRecord> cells() {
        return new ArrayList<>(cells.values());
    }

    /** What load() found damaged and how it went on, one line each. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public String jvmId() {
        return jvmId;
    }

    /**
     * Writes jmh.json before cells.json: a cell is "measured" in cells.json only once its result is
     * in jmh.json, so a run killed between the two files leaves at worst a result whose cell a
     * resumed run measures again.
     */
    public void save() {
        try {
            Files.createDirectories(dir);
            Json.write(dir.resolve("jmh.json"), List.copyOf(jmh.values()));
            Json.write(dir.resolve("cells.json"), new CellsFile(Schema.CURRENT, jvmId, List.copyOf(cells.values())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the results in " + dir, e);
        }
    }

    /** One result as JMH's own JSON writer writes it (the element of its array). */
    static JsonNode jmhJson(RunResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(List.of(result));
        }
        try {
            return Json.MAPPER.readTree(bytes.toByteArray()).get(0);
        } catch (IOException e) {
            throw new IllegalStateException("JMH wrote JSON Jackson cannot read", e);
        }
    }

    /** The cell key of a JMH JSON result: "benchmark p=v ..." (+ " t=N"), as Cell.key() spells it. */
    static String keyOf(JsonNode n) {
        Map<String, String> params = new TreeMap<>();
        n.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return new Cell(n.path("benchmark").asText(), params, n.path("threads").asInt(1)).key();
    }

    @Override
    public String toString() {
        return jvmId + " " + counts().toString().toLowerCase(Locale.ROOT);
    }
}
