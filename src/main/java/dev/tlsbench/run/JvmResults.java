package dev.tlsbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.CellState;
import dev.tlsbench.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * What one JVM of a run has measured so far, saved after every cell: {@code <jvm>/cells.json}, every
 * planned cell with its state (or "pending"), reason, timing and duration; and {@code <jvm>/jmh.json},
 * the JMH results of every measured cell in one standard JMH JSON array (what jmh-visualizer and
 * other JMH tools read). A resumed run loads both and measures only what is not done.
 */
public final class JvmResults {

    /** A planned cell not measured yet (or interrupted while it ran). */
    public static final String PENDING = "pending";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String jvmId;
    private final Map<String, ObjectNode> cells = new LinkedHashMap<>();
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
                for (JsonNode n : JSON.readTree(jmhFile.toFile())) {
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
                for (JsonNode c : JSON.readTree(cellsFile.toFile()).path("cells")) {
                    r.cells.put(c.get("key").asText(), (ObjectNode) c);
                }
            } catch (IOException | RuntimeException e) {
                r.cells.clear();
                keepDamaged(cellsFile);
                r.recovered.putAll(StatusTsv.read(dir.getParent().resolve("status.tsv"), jvmId));
                r.jmh.keySet().forEach(k -> r.recovered.putIfAbsent(k, new StatusTsv.Line(CellState.MEASURED.label(), "", "")));
                r.warnings.add(cellsFile + " is unreadable (" + JsonProblem.of(e) + "); rebuilt the cell list from status.tsv"
                        + " and jmh.json: " + r.keptSummary() + ", every other cell will run (the damaged file is kept as"
                        + " cells.json.damaged)");
            }
        }
        int lost = 0;
        for (ObjectNode c : r.cells.values()) {
            if (c.path("state").asText().equals(CellState.MEASURED.label()) && !r.jmh.containsKey(c.path("key").asText())) {
                c.put("state", PENDING);
                c.put("reason", "its JMH result was lost: measured again");
                lost++;
            }
        }
        if (jmhProblem != null) {
            r.warnings.add(jmhFile + " is unreadable (" + jmhProblem + "); " + lost + " measured cell" + (lost == 1 ? "" : "s")
                    + " will run again (the damaged file is kept as jmh.json.damaged)");
        }
        return r;
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
                kept.merge(line.state(), 1, Integer::sum);
            }
        });
        int n = kept.values().stream().mapToInt(Integer::intValue).sum();
        return n + " cell" + (n == 1 ? "" : "s") + " kept" + (n == 0 ? "" : " (" + kept.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")");
    }

    /** A recovered state a rerun would not change; a measured cell only with its result. */
    private boolean keeps(String state, String key) {
        return state.equals(CellState.MEASURED.label()) ? jmh.containsKey(key)
                : state.equals(CellState.UNSUPPORTED.label()) || state.equals(CellState.HARNESS_LIMIT.label());
    }

    /** Adds the plan's cells not seen before: pending, or in the state recovered for them. */
    public void plan(List<Plan.Planned> planned) {
        for (Plan.Planned p : planned) {
            cells.computeIfAbsent(p.cell().key(), k -> {
                ObjectNode n = JSON.createObjectNode();
                n.put("key", k);
                n.put("family", p.family().name());
                n.put("benchmark", p.cell().benchmark());
                ObjectNode params = n.putObject("params");
                p.cell().params().forEach(params::put);
                n.put("threads", p.cell().threads());
                n.put("timing", p.timing().toString());
                n.put("state", PENDING);
                StatusTsv.Line was = recovered.get(k);
                if (was != null && (keeps(was.state(), k) || was.state().equals(CellState.FAILED.label()))) {
                    n.put("state", was.state());
                    n.put("reason", was.reason());
                    if (!was.seconds().isEmpty()) {
                        n.put("seconds", Double.parseDouble(was.seconds()));
                    }
                }
                return n;
            });
        }
    }

    /** True when the cell ended in a state a rerun would not change (measured, unsupported, harness limit). */
    public boolean done(Cell cell) {
        ObjectNode n = cells.get(cell.key());
        if (n == null) {
            return false;
        }
        String s = n.path("state").asText();
        return s.equals(CellState.MEASURED.label()) || s.equals(CellState.UNSUPPORTED.label())
                || s.equals(CellState.HARNESS_LIMIT.label());
    }

    /** Records what became of a cell and saves everything. */
    public void record(CellRun.Outcome o) {
        ObjectNode n = cells.get(o.cell().key());
        n.put("state", o.state().label());
        n.put("reason", o.reason());
        n.put("seconds", Math.round(o.took().toMillis() / 100.0) / 10.0);
        if (o.result() != null) {
            jmh.put(o.cell().key(), jmhJson(o.result()));
        } else {
            jmh.remove(o.cell().key());
        }
        save();
    }

    /** State counts, for the summary line. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        cells.values().forEach(c -> counts.merge(c.path("state").asText(), 1, Integer::sum));
        return counts;
    }

    public List<ObjectNode> cells() {
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
            ArrayNode results = JSON.createArrayNode();
            jmh.values().forEach(results::add);
            AtomicFile.write(dir.resolve("jmh.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
            ObjectNode root = JSON.createObjectNode();
            root.put("jvm", jvmId);
            ArrayNode list = root.putArray("cells");
            cells.values().forEach(list::add);
            AtomicFile.write(dir.resolve("cells.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
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
            return JSON.readTree(bytes.toByteArray()).get(0);
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
