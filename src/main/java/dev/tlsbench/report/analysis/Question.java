package dev.tlsbench.report.analysis;

import dev.tlsbench.bench.Headline;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One question of the headline, answered per owner by one cell: a family, a method and every
 * parameter but the owner. The questions are the families' own, as plan.json declares them
 * ({@link Headline}); a run without a family or a value answers "not in this run". The report
 * names no family, method or value itself.
 *
 * @param unit how the answer is said: per handshake (µs, lower is better, and handshakes/s per
 *             core), per second, or record throughput (GB/s and cycles per byte)
 */
public record Question(String text, String family, String method, Map<String, String> params, Unit unit) {

    public enum Unit { HANDSHAKE, PER_SECOND, RECORD }

    /** The question a family declares, its text made of the values that tell it from the family's other questions. */
    public static Question of(FamilyPlan f, Headline h) {
        List<String> parts = new ArrayList<>();
        if (f.methods().size() > 1) {
            parts.add(Labels.method(h.method()));
        }
        varying(f, h, false).forEach(axis -> parts.add(f.valueLabel(axis, h.at().get(axis))));
        return new Question(f.title() + ": " + String.join(" · ", parts), f.name(), h.method(), h.at(), Unit.valueOf(h.unit().name()));
    }

    /** The winners table: the questions every family of the run puts there, in plan order. */
    public static List<Question> winners(JvmRun run) {
        List<Question> qs = new ArrayList<>();
        for (FamilyPlan f : run.plan().families()) {
            f.headline().stream().filter(Headline::winner).forEach(h -> qs.add(of(f, h)));
        }
        return qs;
    }

    /** A family's headline table: per row, its questions side by side; empty for a family without one. */
    public static List<List<Question>> rows(FamilyPlan f) {
        Map<Integer, List<Question>> rows = new TreeMap<>();
        f.headline().forEach(h -> rows.computeIfAbsent(h.row(), r -> new ArrayList<>()).add(of(f, h)));
        return List.copyOf(rows.values());
    }

    /** A row's name: the values its questions share that tell it from the family's other rows. */
    public static String rowLabel(FamilyPlan f, int row) {
        Headline first = f.headline().stream().filter(h -> h.row() == row).findFirst().orElseThrow();
        return String.join(", ", varying(f, first, true).stream().map(axis -> f.valueLabel(axis, first.at().get(axis))).toList());
    }

    /**
     * The axes whose value differs among the family's headline questions (only across rows when
     * {@code acrossRowsOnly}: the axes a row's own questions share), in the question's order.
     */
    private static List<String> varying(FamilyPlan f, Headline h, boolean acrossRowsOnly) {
        List<String> out = new ArrayList<>();
        for (String axis : h.at().keySet()) {
            boolean differs = f.headline().stream().anyMatch(o -> !h.at().get(axis).equals(o.at().get(axis)));
            boolean withinRow = f.headline().stream().anyMatch(o -> o.row() == h.row() && !h.at().get(axis).equals(o.at().get(axis)));
            if (differs && !(acrossRowsOnly && withinRow)) {
                out.add(axis);
            }
        }
        return out;
    }

    /** The owners of the question's family in this run, in plan order (empty: family not in the run). */
    public List<String> owners(JvmRun run) {
        return run.plan().family(family).map(f -> f.axes().getOrDefault(f.ownerParam(), List.of())).orElse(List.of());
    }

    /** The cell answering this question for {@code owner}, if this run's matrix has it. */
    public Optional<CellOutcome> cell(JvmRun run, String owner) {
        Optional<FamilyPlan> f = run.plan().family(family);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(f.get().ownerParam(), owner);
        return run.find(family, method, p);
    }

    /** The owner whose speed-ups are measured against: the JDK's own provider or stack. */
    Optional<String> jdkOwner(JvmRun run) {
        return run.plan().family(family).flatMap(FamilyPlan::jdkOwner);
    }
}
