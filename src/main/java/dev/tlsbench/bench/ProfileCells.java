package dev.tlsbench.bench;

import dev.tlsbench.provider.Warmup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the run's profiles take from one family: the quick profile's headline cells and their
 * timing per warmup class of owner, what the full profile adds to the whole matrix (e.g. more
 * threads), and the cells whose warmup curve the warmup profile draws.
 */
public final class ProfileCells {

    private final List<CellSet> quick;
    private final Map<Warmup, Timing> quickTiming;
    private final List<CellSet> fullExtras;
    private final List<CellSet> warmupCurve;
    private final Map<String, List<String>> notInQuick;
    private final boolean noQuick;

    /**
     * @param notInQuick per axis, the constants the quick profile leaves out on purpose
     * @param noQuick    the family has no quick cells at all, on purpose
     */
    ProfileCells(List<CellSet> quick, Map<Warmup, Timing> quickTiming, List<CellSet> fullExtras, List<CellSet> warmupCurve,
                 Map<String, List<String>> notInQuick, boolean noQuick) {
        this.notInQuick = Map.copyOf(notInQuick);
        this.noQuick = noQuick;
        this.quick = List.copyOf(quick);
        this.quickTiming = Map.copyOf(quickTiming);
        this.fullExtras = List.copyOf(fullExtras);
        this.warmupCurve = List.copyOf(warmupCurve);
    }

    /** The headline cells the quick (and thorough and smoke) profile measures. */
    public List<CellSet> quick() {
        return quick;
    }

    /**
     * The quick profile's decision on one axis value: IN when a quick cell set takes it (names it,
     * or leaves its axis open), OUT when the family says so ({@code notInQuick}), NONE when nobody
     * decided: the adding guide's test refuses that.
     */
    public QuickDecision quickDecision(String param, String value) {
        if (noQuick || notInQuick.getOrDefault(param, List.of()).contains(value)) {
            return QuickDecision.OUT;
        }
        boolean in = quick.stream().anyMatch(s -> !s.params().containsKey(param) || s.params().get(param).contains(value));
        return in ? QuickDecision.IN : QuickDecision.NONE;
    }

    /** Whether the quick profile measures an axis value: decided in, decided out, or not decided. */
    public enum QuickDecision { IN, OUT, NONE }

    /** How long the quick profile warms up and measures cells of an owner with this warmup need. */
    public Timing quickTiming(Warmup warmup) {
        return quickTiming.get(warmup);
    }

    /** Every cell of the full matrix: each method over each axis value, plus the extra invocations (e.g. threads). */
    public List<CellSet> full() {
        List<CellSet> all = new ArrayList<>();
        all.add(CellSet.all());
        all.addAll(fullExtras);
        return all;
    }

    /** The cells whose warmup curve, score per short iteration from JVM start, the warmup profile draws. */
    public List<CellSet> warmupCurve() {
        return warmupCurve;
    }

    /** Problems against the benchmark's shape: a cell set naming what the class lacks, a warmup class without timing. */
    List<String> problems(BenchShape shape) {
        List<String> problems = new ArrayList<>();
        for (Warmup w : Warmup.values()) {
            if (!quickTiming.containsKey(w)) {
                problems.add("no quick timing for " + w + " owners");
            }
        }
        List<CellSet> sets = new ArrayList<>(quick);
        sets.addAll(fullExtras);
        sets.addAll(warmupCurve);
        sets.forEach(s -> problems.addAll(shape.problemsOf(s)));
        CellSet out = CellSet.all();
        for (Map.Entry<String, List<String>> e : notInQuick.entrySet()) {
            out = out.where(e.getKey(), e.getValue().toArray());
            for (String v : e.getValue()) {
                if (quick.stream().anyMatch(s -> s.params().containsKey(e.getKey()) && s.params().get(e.getKey()).contains(v))) {
                    problems.add(e.getKey() + "=" + v + " is both in a quick cell set and left out of the quick profile");
                }
            }
        }
        problems.addAll(shape.problemsOf(out));
        if (noQuick && !quick.isEmpty()) {
            problems.add("quick cells declared and the family said it has none");
        }
        return problems;
    }
}
