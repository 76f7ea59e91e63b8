package dev.tlsbench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a measured cell's samples show a steady state: every fork's shape ({@link ForkShape}) is
 * flat (or too short to tell) and the forks agree ({@link ForkAgreement}). The suite's one judgement
 * of it: the report marks a cell that is not steady, the calibration prints it.
 *
 * @param shapes    one shape per fork
 * @param agreement whether the forks agree
 */
public record Steadiness(List<ForkShape> shapes, ForkAgreement agreement) {

    /** Judges the raw samples of one cell: one list of iteration scores per fork. */
    public static Steadiness of(List<List<Double>> forks) {
        return new Steadiness(forks.stream().filter(f -> !f.isEmpty()).map(ForkShape::of).toList(), ForkAgreement.of(forks));
    }

    public boolean steady() {
        return shapes.stream().allMatch(ForkShape::steady) && agreement.agree();
    }

    /**
     * Whether every fork settled within itself (flat, or too short to tell): what a verdict needs. Forks
     * that settled at different levels do not stop a verdict; their spread is in the fork-level
     * interval ({@link ForkLevelT}), and the cell is still marked not steady for it.
     */
    public boolean forksSettled() {
        return shapes.stream().allMatch(ForkShape::steady);
    }

    /** Why the cell is not steady ("fork 2: still warming up ...; forks disagree: ..."), or "" when it is. */
    public String reason() {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < shapes.size(); f++) {
            if (!shapes.get(f).steady()) {
                out.add((shapes.size() > 1 ? "fork " + (f + 1) + ": " : "") + shapes.get(f).reason());
            }
        }
        if (!agreement.agree()) {
            out.add(agreement.text());
        }
        return String.join("; ", out);
    }

    /** The per-fork classes for a table: "flat flat warmup". */
    public String classes() {
        return shapes.stream().map(ForkShape::label).collect(Collectors.joining(" "));
    }

    /**
     * What kind of unsteadiness, without numbers, so that one chart footnote serves all cells alike:
     * "a fork still warming up; forks bimodal".
     */
    public String kinds() {
        List<String> out = new ArrayList<>();
        shapes.stream().filter(s -> !s.steady()).map(s -> switch (s.kind()) {
            case WARMUP -> "a fork still warming up";
            case SLOWDOWN -> "a fork slowing down";
            default -> "a fork without a steady state";
        }).distinct().forEach(out::add);
        if (!agreement.agree()) {
            out.add(agreement.kind() == ForkAgreement.Kind.BIMODAL ? "forks bimodal" : "forks disagree");
        }
        return String.join("; ", out);
    }
}
