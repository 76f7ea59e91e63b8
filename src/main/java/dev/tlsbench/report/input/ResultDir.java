package dev.tlsbench.report.input;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.results.CellRecord;
import dev.tlsbench.results.HostLoad;
import dev.tlsbench.results.CellsFile;
import dev.tlsbench.results.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a scripts/bench result directory: env.json, plan.json, the native baseline and, per JVM,
 * cells.json joined with jmh.json. Every input is validated before anything is drawn; a problem
 * is a {@link ReportInputException} naming the file, except the native baseline, which only warns.
 * The report works from the directory alone: no class of the suite's benchmarks is loaded.
 */
public final class ResultDir {

    private ResultDir() {
    }

    /** The JVM runs of {@code dir}, numbered from {@code firstIndex}. */
    public static List<JvmRun> load(Path dir, int firstIndex) {
        if (!Files.isDirectory(dir)) {
            throw new ReportInputException(dir, "not a directory");
        }
        Env env = Env.read(dir);
        Path planFile = dir.resolve("plan.json");
        if (!Files.exists(planFile)) {
            throw new ReportInputException(planFile, "missing: the report needs the run's plan (families, axes, charts)");
        }
        RunPlan plan = RunPlan.read(planFile);
        Baseline baseline = Baseline.load(dir);
        List<JvmRun> runs = new ArrayList<>();
        for (JvmEnv jvm : env.jvms()) {
            Path jvmDir = dir.resolve(jvm.id());
            List<CellOutcome> outcomes = outcomes(jvmDir, plan, jvm);
            runs.add(new JvmRun(firstIndex + runs.size(), dir, env, plan, jvm, baseline, List.copyOf(outcomes)));
        }
        return runs;
    }

    private static List<CellOutcome> outcomes(Path jvmDir, RunPlan plan, JvmEnv jvm) {
        Path cellsFile = jvmDir.resolve("cells.json");
        if (!Files.exists(cellsFile)) {
            throw new ReportInputException(cellsFile, "missing: env.json lists JVM " + jvm.id() + " but its cells are not there");
        }
        CellsFile cells = JsonInput.typed(() -> ResultFiles.readCells(cellsFile));
        Map<String, JmhResult> results = results(jvmDir.resolve("jmh.json"));
        List<CellOutcome> out = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        int i = 0;
        for (CellRecord c : cells.cells()) {
            String where = "cell #" + ++i;
            FamilyPlan family = plan.family(c.family()).orElseThrow(() -> new ReportInputException(cellsFile,
                    where + " (" + c.key() + ") is of family " + c.family() + ", which plan.json does not describe"));
            Cell cell = new Cell(c.benchmark(), c.params(), c.threads());
            CellStatus status = CellStatus.of(c.state());
            JmhResult result = results.remove(cell.key());
            if (status == CellStatus.MEASURED && result == null) {
                throw new ReportInputException(jvmDir.resolve("jmh.json"), "no result for " + cell.key()
                        + ", which cells.json says was measured");
            }
            planned.add(cell.key());
            // the round of each fork, in rawData's order: what tells a ratio its cells' forks ran side by side;
            // unknown for forks the runner reconstructed from a one-invocation cell (no start time)
            List<Integer> rounds = c.forks() == null || result == null || c.forks().size() != result.rawData().size()
                    || c.forks().stream().anyMatch(k -> k.started() == null) ? List.of()
                    : c.forks().stream().map(CellRecord.Fork::round).toList();
            List<HostLoad> loads = rounds.isEmpty() || c.forks().stream().anyMatch(k -> k.load() == null) ? List.of()
                    : c.forks().stream().map(CellRecord.Fork::load).toList();
            out.add(outcome(family, cell, status, c.reasonText(), c.timing() == null ? "" : c.timing(),
                    c.seconds() == null ? Double.NaN : c.seconds(), status == CellStatus.MEASURED ? result : null, rounds, loads, jvm));
        }
        if (!results.isEmpty()) {
            throw new ReportInputException(jvmDir.resolve("jmh.json"), "results for cells that cells.json does not have: "
                    + String.join(", ", results.keySet().stream().limit(3).toList()) + (results.size() > 3 ? " ..." : ""));
        }
        for (FamilyPlan f : plan.families()) {
            for (Cell c : f.matrix()) {
                if (planned.add(c.key())) {
                    out.add(outcome(f, c, CellStatus.NOT_IN_PROFILE, "not in profile " + plan.profile(), "", Double.NaN, null, List.of(),
                            List.of(), jvm));
                }
            }
        }
        return out;
    }

    private static CellOutcome outcome(FamilyPlan f, Cell cell, CellStatus status, String reason, String timing,
                                       double seconds, JmhResult result, List<Integer> rounds, List<HostLoad> loads, JvmEnv jvm) {
        return new CellOutcome(f, cell, status, reason, timing, seconds, result,
                result == null ? null : Evidence.of(result, rounds, loads), GateFlag.forCell(jvm.gateRows(), jvm.attributionRows(), f.name(), cell));
    }

    /** jmh.json by cell key; absent is no result (a run interrupted before its first measurement). */
    private static Map<String, JmhResult> results(Path file) {
        Map<String, JmhResult> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (JmhResult r : JmhJson.read(file)) {
            if (out.put(r.cell().key(), r) != null) {
                throw new ReportInputException(file, "two results for " + r.cell().key());
            }
        }
        return out;
    }

    /** The first run whose label or index (1-based) is {@code name}, for --baseline. */
    public static Optional<JvmRun> named(List<JvmRun> runs, String name, boolean withDir) {
        for (JvmRun r : runs) {
            if (r.label(withDir).equals(name) || r.label(true).equals(name) || String.valueOf(r.index() + 1).equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
