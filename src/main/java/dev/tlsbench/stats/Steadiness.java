package dev.tlsbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a measured cell's samples show a steady state, and which samples say what it is. Each fork
 * has a steady window ({@link SteadyWindow}: the longest flat run of its final samples, at least five);
 * the samples before it were still warmup. The cell's estimate stands on the settled forks' windows;
 * a fork that did not settle is set aside and named, never averaged in. When no fork settled, the
 * estimate falls back to every sample and the cell is not steady. The forks kept must agree
 * ({@link ForkAgreement}). The suite's one judgement of it: the report marks a cell that is not
 * steady, the verdicts and the runner's adaptive forks read {@link #estimate()}, the calibration
 * prints it.
 *
 * @param windows   one window per fork with samples, in fork order
 * @param forkIndex for each window, the index of its fork in the cell's rawData (forks without samples skipped)
 * @param agreement whether the kept forks agree
 */
public record Steadiness(List<SteadyWindow> windows, List<Integer> forkIndex, ForkAgreement agreement) {

    /** Judges the raw samples of one cell: one list of iteration scores per fork. */
    public static Steadiness of(List<List<Double>> forks) {
        List<SteadyWindow> windows = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < forks.size(); i++) {
            if (!forks.get(i).isEmpty()) {
                windows.add(SteadyWindow.of(forks.get(i)));
                index.add(i);
            }
        }
        List<List<Double>> kept = kept(windows).stream().map(w -> windows.get(w).samples()).toList();
        return new Steadiness(List.copyOf(windows), List.copyOf(index), ForkAgreement.of(kept));
    }

    /** The windows the estimate uses: the settled ones, or every fork when none settled. */
    private static List<Integer> kept(List<SteadyWindow> windows) {
        List<Integer> settled = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).settled()) {
                settled.add(i);
            }
        }
        if (!settled.isEmpty()) {
            return settled;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            all.add(i);
        }
        return all;
    }

    /** The samples the cell's estimate stands on, one list per kept fork: settled windows, or every sample when none settled. */
    public List<List<Double>> estimate() {
        return kept(windows).stream().map(i -> windows.get(i).samples()).toList();
    }

    /** For each fork of {@link #estimate()}, its index in the cell's rawData. */
    public List<Integer> estimateForks() {
        return kept(windows).stream().map(forkIndex::get).toList();
    }

    /** The steady windows of the kept forks with these rawData indices, in that order. */
    public List<List<Double>> estimateOf(List<Integer> forks) {
        return forks.stream().map(i -> estimate().get(estimateForks().indexOf(i))).toList();
    }

    /** For each fork of {@link #estimate()}, the index of its window's first sample in that fork's rawData (0 when it was not trimmed). */
    public List<Integer> estimateFrom() {
        return kept(windows).stream().map(i -> windows.get(i).from()).toList();
    }

    /** True when the estimate differs from every sample averaged: a fork was trimmed to its window or set aside. */
    public boolean narrowed() {
        return setAside() > 0 || windows.stream().anyMatch(SteadyWindow::trimmed);
    }

    /** The forks whose shapes, whole, were judged (one per fork with samples). */
    public List<ForkShape> shapes() {
        return windows.stream().map(SteadyWindow::shape).toList();
    }

    /** How many forks settled. */
    public int settledForks() {
        return (int) windows.stream().filter(SteadyWindow::settled).count();
    }

    /** How many forks were set aside because they did not settle (0 when none settled: then none is set aside, all are used). */
    public int setAside() {
        int settled = settledForks();
        return settled == 0 ? 0 : windows.size() - settled;
    }

    /**
     * Steady: at least one fork settled, the kept forks agree, and a fork set aside leaves at least two
     * settled ones (one settled fork beside an unsettled one is not enough to say which is the rule).
     */
    public boolean steady() {
        return forksSettled() && agreement.agree();
    }

    /**
     * Whether the estimate stands on settled forks: what a verdict needs. Forks that settled at different
     * levels do not stop a verdict; their spread is in the fork-level interval ({@link ForkLevelT}), and
     * the cell is still marked not steady for it.
     */
    public boolean forksSettled() {
        int settled = settledForks();
        return settled >= 1 && (settled == windows.size() || settled >= 2);
    }

    /** Why the cell is not steady ("fork 2: did not settle: still climbing ...; forks disagree: ..."), or "" when it is. */
    public String reason() {
        List<String> out = new ArrayList<>();
        if (!forksSettled()) {
            for (int f = 0; f < windows.size(); f++) {
                if (!windows.get(f).settled()) {
                    out.add(forkName(f) + windows.get(f).text());
                }
            }
        }
        if (!agreement.agree()) {
            out.add(agreement.text());
        }
        return String.join("; ", out);
    }

    /**
     * What the estimate left out or trimmed, for people: "fork 3 set aside: did not settle: ...; fork 1
     * settled after 6 of 20 samples"; "" when every fork was flat throughout.
     */
    public String notes() {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < windows.size(); f++) {
            SteadyWindow w = windows.get(f);
            if (!w.settled() && setAside() > 0) {
                out.add(forkName(f) + "set aside, " + w.text());
            } else if (w.trimmed()) {
                out.add(forkName(f) + w.text());
            }
        }
        return String.join("; ", out);
    }

    private String forkName(int f) {
        return windows.size() > 1 ? "fork " + (forkIndex.get(f) + 1) + ": " : "";
    }

    /** The per-fork classes for a table: "flat flat warmup". */
    public String classes() {
        return shapes().stream().map(ForkShape::label).collect(Collectors.joining(" "));
    }

    /**
     * What kind of unsteadiness, without numbers, so that one chart footnote serves all cells alike:
     * "a fork still warming up; forks bimodal".
     */
    public String kinds() {
        List<String> out = new ArrayList<>();
        if (!forksSettled()) {
            windows.stream().filter(w -> !w.settled()).map(w -> switch (w.shape().kind()) {
                case WARMUP -> "a fork still warming up";
                case SLOWDOWN -> "a fork slowing down";
                default -> "a fork without a steady state";
            }).distinct().forEach(out::add);
        }
        if (!agreement.agree()) {
            out.add(agreement.kind() == ForkAgreement.Kind.BIMODAL ? "forks bimodal" : "forks disagree");
        }
        return String.join("; ", out);
    }
}
