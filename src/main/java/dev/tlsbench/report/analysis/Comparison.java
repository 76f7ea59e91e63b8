package dev.tlsbench.report.analysis;

import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ratios between runs (JDK 25 vs JDK 17, machine B vs machine A): for every cell measured in both,
 * other / base with its 95% bootstrap interval and verdict (winner, tie within 3%, undecided). Cells are matched by family and
 * key (method, every parameter, threads); a cell measured in only one run is listed as such.
 */
public final class Comparison {

    /** One matched cell. {@code weak} says why either side is not a finding (not steady, ...), or "". */
    public record Row(FamilyPlan family, CellOutcome base, CellOutcome other, Ratio ratio, String weak) {

        /** "seal · AES-128-GCM · 16 KiB · byte[]": the cell without its owner, for people. */
        public String what() {
            return describe(base, false);
        }

        public String owner() {
            return base.owner();
        }
    }

    private Comparison() {
    }

    public static List<Row> rows(JvmRun base, JvmRun other) {
        Map<String, CellOutcome> theirs = other.outcomes().stream().filter(CellOutcome::measured)
                .collect(Collectors.toMap(o -> o.family().name() + " " + o.cell().key(), Function.identity(), (a, b) -> a));
        List<Row> rows = new ArrayList<>();
        for (CellOutcome b : base.outcomes()) {
            if (!b.measured()) {
                continue;
            }
            CellOutcome o = theirs.get(b.family().name() + " " + b.cell().key());
            if (o != null) {
                List<String> weak = new ArrayList<>();
                Optional.of(b.evidence().weakness()).filter(w -> !w.isEmpty()).ifPresent(w -> weak.add(base.label(true) + ": " + w));
                Optional.of(o.evidence().weakness()).filter(w -> !w.isEmpty()).ifPresent(w -> weak.add(other.label(true) + ": " + w));
                rows.add(new Row(b.family(), b, o, Ratio.betweenRuns(b.evidence(), base.label(true), o.evidence(), other.label(true)),
                        String.join("; ", weak)));
            }
        }
        return rows;
    }

    /** Cells measured in one run and not the other (count per direction), for the honesty line under a matrix. */
    static long unmatched(JvmRun a, JvmRun b) {
        return a.outcomes().stream().filter(CellOutcome::measured)
                .filter(x -> b.outcomes().stream().noneMatch(y -> y.measured() && y.family().name().equals(x.family().name())
                        && y.cell().key().equals(x.cell().key()))).count();
    }

    /** A cell for people: method (when the family has several), every non-owner parameter's label, threads. */
    public static String describe(CellOutcome c, boolean withOwner) {
        return describe(c, withOwner, "");
    }

    /** The same without the axis {@code skip} (e.g. the size a fit runs over). */
    static String describe(CellOutcome c, boolean withOwner, String skip) {
        FamilyPlan f = c.family();
        List<String> parts = new ArrayList<>();
        if (f.methods().size() > 1) {
            parts.add(Labels.method(c.method()));
        }
        for (String axis : f.axes().keySet()) {
            String v = c.param(axis);
            if (v == null || axis.equals(skip) || (!withOwner && axis.equals(f.ownerParam())) || f.axes().get(axis).size() == 1) {
                continue;
            }
            parts.add(axis.equals(f.ownerParam()) ? f.ownerLabel(v) : !Double.isNaN(Num.number(v)) && axis.toLowerCase().contains("size")
                    ? Num.bytes(Num.number(v)) : f.label(axis, v));
        }
        if (c.cell().threads() > 1) {
            parts.add(c.cell().threads() + " threads");
        }
        return String.join(" · ", parts);
    }
}
