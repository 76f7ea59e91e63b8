package dev.tlsbench.bench;

import dev.tlsbench.provider.Warmup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the run's profiles take from one family: the broad profile's chart cells (the default, quick,
 * profile takes the family's headline questions instead, see Family#headline) and their
 * timing per warmup class of owner, what the full profile adds to the whole matrix (e.g. more
 * threads), and the cells whose warmup curve the warmup profile draws.
 */
public final class ProfileCells {

    private final List<CellSet> quick;
    private final Map<Warmup, Timing> quickTiming;
    private final List<CellSet> fullExtras;
    private final List<CellSet> warmupCurve;
    private final Map<String, List<String>> notInBroad;
    private final boolean noBroad;

    /**
     * @param notInBroad per axis, the constants the broad profile leaves out on purpose
     * @param noBroad    the family has no quick cells at all, on purpose
     */
    ProfileCells(List<CellSet> quick, Map<Warmup, Timing> quickTiming, List<CellSet> fullExtras, List<CellSet> warmupCurve,
                 Map<String, List<String>> notInBroad, boolean noBroad) {
        this.notInBroad = Map.copyOf(notInBroad);
        this.noBroad = noBroad;
        this.quick = List.copyOf(quick);
        this.quickTiming = Map.copyOf(quickTiming);
        this.fullExtras = List.copyOf(fullExtras);
        this.warmupCurve = List.copyOf(warmupCurve);
    }

    /** The chart cells the broad (and smoke) profile measures. */
    public List<CellSet> broad() {
        return quick;
    }

    /**
     * The broad profile's decision on one axis value: IN when a broad cell set takes it (names it,
     * or leaves its axis open), OUT when the family says so ({@code notInBroad}), NONE when nobody
     * decided: the adding guide's test refuses that.
     */
    public BroadDecision broadDecision(String param, String value) {
        if (noBroad || notInBroad.getOrDefault(param, List.of()).contains(value)) {
            return BroadDecision.OUT;
        }
        boolean in = quick.stream().anyMatch(s -> !s.params().containsKey(param) || s.params().get(param).contains(value));
        return in ? BroadDecision.IN : BroadDecision.NONE;
    }

    /** Whether the broad profile measures an axis value: decided in, decided out, or not decided. */
    public enum BroadDecision { IN, OUT, NONE }

    /** How long the quick and broad profiles warm up and measures cells of an owner with this warmup need. */
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
        for (Map.Entry<String, List<String>> e : notInBroad.entrySet()) {
            out = out.where(e.getKey(), e.getValue().toArray());
            for (String v : e.getValue()) {
                if (quick.stream().anyMatch(s -> s.params().containsKey(e.getKey()) && s.params().get(e.getKey()).contains(v))) {
                    problems.add(e.getKey() + "=" + v + " is both in a broad cell set and left out of the broad profile");
                }
            }
        }
        problems.addAll(shape.problemsOf(out));
        if (noBroad && !quick.isEmpty()) {
            problems.add("quick cells declared and the family said it has none");
        }
        return problems;
    }
}
