package dev.tlsbench.report.chart;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.report.analysis.NativeMatch;
import dev.tlsbench.report.format.Labels;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.Evidence;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.GateFlag;
import dev.tlsbench.report.input.JvmRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The detail charts of one JVM run, for every family and chart kind plan.json describes: one chart
 * per {@link Panel}, one series per owner (and line style), values with their error bars, a mark
 * for every cell without a value (its state) and on every value that is not a finding (not steady,
 * too few samples, flagged by the correctness gate), and the native reference where there is one.
 */
public final class FamilyCharts {

    /** How far apart an owner's points sit within one category (the group spans this much of 1). */
    private static final double GROUP_WIDTH = 0.72;
    /** Drawn values spanning more than this factor get a log axis whatever the family asks for. */
    private static final double DECADE = 10;

    private FamilyCharts() {
    }

    /** The charts of every family with a planned cell, by family name in plan order. */
    static Map<String, List<ChartModel>> of(JvmRun run, boolean multiDir) {
        Map<String, List<ChartModel>> out = new LinkedHashMap<>();
        for (FamilyPlan family : run.plan().families()) {
            List<CellOutcome> all = run.of(family);
            if (all.stream().allMatch(o -> o.status() == CellStatus.NOT_IN_PROFILE)) {
                continue;
            }
            List<ChartModel> charts = new ArrayList<>();
            for (int s = 0; s < family.charts().size(); s++) {
                for (Panel p : Panel.of(family, family.charts().get(s), all)) {
                    charts.add(chart(run, multiDir, p, family.charts().size() > 1 ? s + 1 : 0));
                }
            }
            out.put(family.name(), charts);
        }
        return out;
    }

    static ChartModel chart(JvmRun run, boolean multiDir, Panel p, int specNumber) {
        ChartSpec spec = p.spec();
        FamilyPlan f = p.family();
        boolean numericX = spec.lines() && p.xs().stream().allMatch(x -> !Double.isNaN(Num.number(x)));
        ChartModel.XAxis xAxis = numericX ? numericAxis(spec, p.xs()) : ChartModel.XAxis.categories(spec.xLabel(),
                p.xs().stream().map(x -> f.label(spec.xParam(), x)).toList());
        Footnotes notes = new Footnotes();
        List<ChartModel.Series> series = new ArrayList<>();
        List<MarkDraft> pending = new ArrayList<>();
        int slots = p.owners().size() * p.styles().size();
        int slot = 0;
        for (String owner : p.owners()) {
            for (int si = 0; si < p.styles().size(); si++) {
                String style = p.styles().get(si);
                String name = f.ownerLabel(owner) + (style.isEmpty() ? "" : ", " + f.label(p.styleAxis(), style));
                List<ChartModel.Point> points = new ArrayList<>();
                for (int xi = 0; xi < p.xs().size(); xi++) {
                    String x = p.xs().get(xi);
                    double pos = numericX ? Num.number(x) : xi + offset(slot, slots);
                    String where = xLabel(f, spec, x);
                    Optional<CellOutcome> o = p.at(owner, style, x);
                    if (o.isEmpty() || !o.get().measured()) {
                        CellStatus st = o.map(CellOutcome::status).orElse(CellStatus.NOT_IN_PROFILE);
                        String reason = o.map(CellOutcome::reason).orElse("not in profile " + run.plan().profile());
                        ChartModel.MarkKind kind = ChartModel.MarkKind.of(st);
                        notes.add(kind, reason, who(owner, f, p, style), where);
                        pending.add(new MarkDraft(kind, reason, pos, Double.NaN, owner, name, o.map(c -> c.cell().key()).orElse("")));
                        continue;
                    }
                    CellOutcome c = o.get();
                    double scale = scale(spec, c);
                    Evidence e = c.evidence();
                    double y = e.score() * scale;
                    points.add(new ChartModel.Point(pos, y, e.errorKind() == Evidence.ErrorKind.NONE ? Double.NaN : e.lo() * scale,
                            e.errorKind() == Evidence.ErrorKind.NONE ? Double.NaN : e.hi() * scale, c.cell().key()));
                    if (!e.steady()) {
                        String why = e.steadiness().kinds() + " (see the samples in the report)";
                        notes.add(ChartModel.MarkKind.NOT_STEADY, why, who(owner, f, p, style), where);
                        pending.add(new MarkDraft(ChartModel.MarkKind.NOT_STEADY, why, pos, y, owner, name, c.cell().key()));
                    } else if (!e.weakness().isEmpty()) {
                        notes.add(ChartModel.MarkKind.WEAK, e.weakness(), who(owner, f, p, style), where);
                        pending.add(new MarkDraft(ChartModel.MarkKind.WEAK, e.weakness(), pos, y, owner, name, c.cell().key()));
                    }
                    for (GateFlag g : c.gateFlags()) {
                        String why = g.oneLine();
                        ChartModel.MarkKind mark = ChartModel.MarkKind.of(g.severity());
                        notes.add(mark, why, who(owner, f, p, style), where);
                        pending.add(new MarkDraft(mark, why, pos, y, owner, name, c.cell().key()));
                    }
                }
                // markers only, also along record sizes: a line between two measured sizes would claim the values between them
                series.add(new ChartModel.Series(name, owner, f.look(owner), ChartModel.LineStyle.NONE, fill(si), false, true, points));
                slot++;
            }
        }
        List<ChartModel.Mark> marks = MarkDraft.numbered(pending, notes);
        List<ChartModel.Reference> refs = nativeReference(run, p, numericX);
        List<String> caption = new ArrayList<>(Captions.of(run, p.family(), p.constants(), p.cells()));
        if (!refs.isEmpty()) {
            caption.add(refs.get(0).label() + ": " + run.baseline().speed().map(b -> b.timing()).orElse(""));
        }
        String yLabel = spec.yLabel() + (p.threads() > 1 ? ", sum over " + p.threads() + " threads" : "") + " — higher is better";
        ChartModel.Scale scale = spec.logY() || spansDecade(series, refs) ? ChartModel.Scale.LOG10 : ChartModel.Scale.LINEAR;
        return new ChartModel(id(run, multiDir, p, specNumber), spec.title(), subtitle(run, multiDir, p), xAxis,
                new ChartModel.YAxis(yLabel, scale), false, series, marks, refs, notes.numbered(), caption);
    }

    /** Native reference points: where the baseline measured the same primitive (record sizes, RSA, signatures). */
    private static List<ChartModel.Reference> nativeReference(JvmRun run, Panel p, boolean numericX) {
        List<ChartModel.Point> points = new ArrayList<>();
        for (int xi = 0; xi < p.xs().size(); xi++) {
            String x = p.xs().get(xi);
            Map<String, String> params = new LinkedHashMap<>(p.fixed());
            params.put(p.spec().xParam(), x);
            Optional<NativeMatch.Native> n = NativeMatch.of(run.baseline(), p.family(), p.method(), params);
            if (n.isPresent()) {
                double scale = p.spec().bytesPerOpParam() == null ? 1
                        : Num.number(params.getOrDefault(p.spec().bytesPerOpParam(), "1")) * unitScale(p.spec().yLabel());
                points.add(new ChartModel.Point(numericX ? Num.number(x) : xi, n.get().opsPerSecond() * scale, Double.NaN,
                        Double.NaN, ""));
            }
        }
        return points.isEmpty() ? List.of() : List.of(new ChartModel.Reference(run.baseline().markLabel(), Double.NaN, points));
    }

    /** The factor from a score (ops/s) to the chart's unit: bytes per operation where the chart counts bytes. */
    static double scale(ChartSpec spec, CellOutcome c) {
        if (spec.bytesPerOpParam() == null) {
            return 1;
        }
        return Num.number(c.param(spec.bytesPerOpParam())) * unitScale(spec.yLabel());
    }

    /** MB/s or GB/s as the y label says; bytes/s otherwise. */
    static double unitScale(String yLabel) {
        return yLabel.startsWith("GB/s") ? 1e-9 : yLabel.startsWith("MB/s") ? 1e-6 : 1;
    }

    private static ChartModel.XAxis numericAxis(ChartSpec spec, List<String> xs) {
        List<Double> ticks = xs.stream().map(Num::number).toList();
        double min = ticks.get(0);
        double max = ticks.get(ticks.size() - 1);
        boolean bytes = spec.xLabel().toLowerCase(Locale.ROOT).contains("bytes");
        return new ChartModel.XAxis(spec.xLabel(), false, min > 0 && max / min >= 10, ticks,
                ticks.stream().map(t -> bytes ? Num.bytes(t) : Num.tick(t)).toList());
    }

    private static String xLabel(FamilyPlan f, ChartSpec spec, String x) {
        return spec.xLabel().toLowerCase(Locale.ROOT).contains("bytes") && !Double.isNaN(Num.number(x))
                ? Num.bytes(Num.number(x)) : f.label(spec.xParam(), x);
    }

    private static String who(String owner, FamilyPlan f, Panel p, String style) {
        return f.ownerLabel(owner) + (style.isEmpty() ? "" : " (" + f.label(p.styleAxis(), style) + ")");
    }

    /** Position of slot {@code i} of {@code n} within a category, centred on it. */
    static double offset(int i, int n) {
        return n <= 1 ? 0 : (i - (n - 1) / 2.0) * GROUP_WIDTH / n;
    }

    /** The style axis's i-th value as a marker fill: filled, hollow, hollow and larger. */
    private static ChartModel.Fill fill(int i) {
        return ChartModel.Fill.values()[i % ChartModel.Fill.values().length];
    }

    /**
     * True when the drawn values (points and native references) span more than a decade: on a linear
     * axis the small ones would sit on the floor, indistinguishable (a record chart from 0.2 to 18 GB/s).
     */
    static boolean spansDecade(List<ChartModel.Series> series, List<ChartModel.Reference> refs) {
        List<Double> ys = new ArrayList<>();
        series.forEach(s -> s.points().forEach(p -> ys.add(p.y())));
        refs.forEach(r -> r.points().forEach(p -> ys.add(p.y())));
        double min = ys.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = ys.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return min > 0 && max / min > DECADE; // a zero has no place on a log axis
    }

    private static String subtitle(JvmRun run, boolean multiDir, Panel p) {
        List<String> parts = new ArrayList<>();
        if (p.family().methods().size() > 1) {
            parts.add(Labels.method(p.method()));
        }
        p.fixed().forEach((k, v) -> parts.add(p.family().label(k, v)));
        if (p.threads() > 1) {
            parts.add(p.threads() + " threads");
        }
        parts.add(run.jvm().label() + (multiDir ? " · " + run.dir().getFileName() : ""));
        return String.join(" · ", parts);
    }

    /** "jdk17-record-seal-aes-128-gcm": run, family, method (when it has several), the panel's values. */
    private static String id(JvmRun run, boolean multiDir, Panel p, int specNumber) {
        List<String> parts = new ArrayList<>();
        if (multiDir) {
            parts.add("r" + (run.index() + 1));
        }
        parts.add(run.id());
        parts.add(p.family().name());
        if (specNumber > 0) {
            parts.add("c" + specNumber);
        }
        if (p.family().methods().size() > 1) {
            parts.add(p.method());
        }
        p.fixed().forEach((k, v) -> {
            if (p.family().axes().getOrDefault(k, List.of()).size() > 1) {
                parts.add(v);
            }
        });
        if (p.threads() > 1) {
            parts.add("t" + p.threads());
        }
        return slug(String.join("-", parts));
    }

    public static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
