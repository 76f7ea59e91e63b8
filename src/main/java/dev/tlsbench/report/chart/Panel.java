package dev.tlsbench.report.chart;

import dev.tlsbench.bench.Cell;
import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.FamilyPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of one chart of a family: one method at one thread count with one value of every axis
 * but the x axis, the owner axis and (for line charts) a style axis. Built from the planned cells
 * of a run; the grid it spans (x values x owners x styles) is looked up in all of the family's
 * cells, so a combination outside the profile is shown as such.
 *
 * @param fixed     the panel's values of the other axes (param to value)
 * @param styleAxis the axis drawn as line styles (e.g. buffer kinds), or null
 */
record Panel(FamilyPlan family, ChartSpec spec, String method, int threads, Map<String, String> fixed, String styleAxis,
             List<String> xs, List<String> owners, List<String> styles, Map<String, CellOutcome> grid) {

    /** Splits a family's cells into the panels of {@code spec}. */
    static List<Panel> of(FamilyPlan family, ChartSpec spec, List<CellOutcome> all) {
        List<CellOutcome> planned = all.stream().filter(o -> o.status() != CellStatus.NOT_IN_PROFILE).toList();
        String owner = family.ownerParam();
        String styleAxis = spec.lines() ? styleAxis(family, spec, planned) : null;
        List<String> panelAxes = family.axes().keySet().stream()
                .filter(a -> !a.equals(spec.xParam()) && !a.equals(owner) && !a.equals(styleAxis)).toList();
        Map<String, List<CellOutcome>> byPanel = new LinkedHashMap<>();
        for (CellOutcome o : sorted(family, planned, panelAxes)) {
            byPanel.computeIfAbsent(panelKey(o, panelAxes), k -> new ArrayList<>()).add(o);
        }
        Map<String, CellOutcome> index = new LinkedHashMap<>();
        all.forEach(o -> index.put(o.cell().key(), o));
        List<Panel> panels = new ArrayList<>();
        for (List<CellOutcome> cells : byPanel.values()) {
            CellOutcome first = cells.get(0);
            Map<String, String> fixed = new LinkedHashMap<>();
            panelAxes.forEach(a -> fixed.put(a, first.param(a)));
            List<String> xs = values(family, cells, spec.xParam(), spec.lines());
            List<String> owners = values(family, cells, owner, false);
            List<String> styles = styleAxis == null ? List.of("") : values(family, cells, styleAxis, false);
            Map<String, CellOutcome> grid = new LinkedHashMap<>();
            for (String o : owners) {
                for (String s : styles) {
                    for (String x : xs) {
                        Map<String, String> params = new LinkedHashMap<>(fixed);
                        params.put(owner, o);
                        params.put(spec.xParam(), x);
                        if (styleAxis != null) {
                            params.put(styleAxis, s);
                        }
                        String key = new Cell(first.cell().benchmark(), params, first.cell().threads()).key();
                        CellOutcome found = index.get(key);
                        if (found != null) {
                            grid.put(gridKey(o, s, x), found);
                        }
                    }
                }
            }
            panels.add(new Panel(family, spec, first.method(), first.cell().threads(), fixed, styleAxis, xs, owners, styles, grid));
        }
        return panels;
    }

    /** The outcome at (owner, style, x), or empty when the cell is outside the family's matrix (then: not in profile). */
    Optional<CellOutcome> at(String owner, String style, String x) {
        return Optional.ofNullable(grid.get(gridKey(owner, style, x)));
    }

    private static String gridKey(String owner, String style, String x) {
        return owner + "\u0000" + style + "\u0000" + x;
    }

    /** For a line chart: an axis other than x, owner and algorithm with 2 or 3 values in the run, drawn as line styles. */
    private static String styleAxis(FamilyPlan family, ChartSpec spec, List<CellOutcome> planned) {
        String best = null;
        int bestCount = Integer.MAX_VALUE;
        for (String a : family.axes().keySet()) {
            if (a.equals(spec.xParam()) || a.equals(family.ownerParam()) || a.equals(family.algorithmParam())) {
                continue;
            }
            int n = (int) planned.stream().map(o -> o.param(a)).distinct().count();
            if (n >= 2 && n <= 3 && n < bestCount) {
                best = a;
                bestCount = n;
            }
        }
        return best;
    }

    private static String panelKey(CellOutcome o, List<String> panelAxes) {
        StringBuilder sb = new StringBuilder(o.method()).append(" t=").append(o.cell().threads());
        panelAxes.forEach(a -> sb.append(' ').append(a).append('=').append(o.param(a)));
        return sb.toString();
    }

    /** Method order, then threads, then each panel axis in its declared order. */
    private static List<CellOutcome> sorted(FamilyPlan family, List<CellOutcome> cells, List<String> panelAxes) {
        Comparator<CellOutcome> c = Comparator.comparingInt(o -> family.methods().indexOf(o.method()));
        c = c.thenComparingInt(o -> o.cell().threads());
        for (String a : panelAxes) {
            c = c.thenComparingInt(o -> family.order(a, o.param(a)));
        }
        return cells.stream().sorted(c).toList();
    }

    /** The distinct values of {@code param} among {@code cells}: numerically for a numeric axis, else in axis order. */
    private static List<String> values(FamilyPlan family, List<CellOutcome> cells, String param, boolean numeric) {
        Set<String> seen = new LinkedHashSet<>();
        cells.forEach(o -> seen.add(o.param(param)));
        List<String> out = new ArrayList<>(seen);
        out.sort(numeric ? Comparator.comparingDouble(Num::number) : Comparator.comparingInt(v -> family.order(param, v)));
        return out;
    }

    /** Every algorithm-like constant the panel shows: its x values and its fixed values (for the flags that matter). */
    Set<String> constants() {
        Set<String> out = new LinkedHashSet<>(xs);
        out.addAll(fixed.values());
        return out;
    }

    List<CellOutcome> cells() {
        return new ArrayList<>(grid.values());
    }
}
