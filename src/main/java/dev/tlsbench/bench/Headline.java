package dev.tlsbench.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question of the report's headline, declared by the family that answers it: a method at fixed
 * values of every axis but the owner, so each owner answers it with one cell. Questions of one
 * {@code row} are shown side by side in the family's headline table ("server / client"); a
 * {@code winner} question also has a line in the table of the fastest owner per question.
 *
 * @param method the @Benchmark method
 * @param at     every axis but the owner, to the value (constant name, or number as -p spells it)
 * @param unit   how the answer is said
 * @param row    the row of the family's headline table, from 0
 * @param winner whether the fastest-owner table asks it too
 * @param onlyBroad whether only the broad profile measures it: the default profile measures the
 *                  questions a run of 15 minutes per JVM can decide, the others say "not in profile"
 */
public record Headline(String method, Map<String, String> at, Unit unit, int row, boolean winner, boolean onlyBroad) {

    /** How an answer is said: per handshake (µs and handshakes/s per core), per second, record throughput (GB/s, cycles/B). */
    public enum Unit { HANDSHAKE, PER_SECOND, RECORD }

    public Headline {
        at = at == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(at));
    }

    /** A question of {@code method}, its axes still to fix with {@link #at}. */
    public static Headline of(Unit unit, String method) {
        return new Headline(method, Map.of(), unit, 0, false, false);
    }

    /** The same question at {@code axis} = {@code value} (an enum constant or a number). */
    public Headline at(String axis, Object value) {
        Map<String, String> m = new LinkedHashMap<>(at);
        m.put(axis, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        return new Headline(method, m, unit, row, winner, onlyBroad);
    }

    /** The same question, in the fastest-owner table too. */
    public Headline inWinners() {
        return new Headline(method, at, unit, row, true, onlyBroad);
    }

    /** The same question, measured by the broad profile only (not by the default one). */
    public Headline broadOnly() {
        return new Headline(method, at, unit, row, winner, true);
    }

    /** The cells that answer it: one per owner (the owner axis left open). */
    public CellSet cells() {
        CellSet cells = CellSet.of(method);
        for (Map.Entry<String, String> e : at.entrySet()) {
            cells = cells.where(e.getKey(), e.getValue());
        }
        return cells;
    }

    Headline inRow(int r) {
        return new Headline(method, at, unit, r, winner, onlyBroad);
    }

    /** Problems against the benchmark: a method it lacks, an axis left open or unknown, a value no constant of its axis. */
    List<String> problems(BenchShape shape, String ownerParam) {
        List<String> problems = new java.util.ArrayList<>();
        if (!shape.methods().contains(method)) {
            problems.add("headline question of method " + method + "; the class has " + shape.methods());
        }
        for (String axis : shape.axes().keySet()) {
            if (!axis.equals(ownerParam) && !at.containsKey(axis)) {
                problems.add("headline question " + at + " leaves @Param " + axis + " open: it must name one cell per owner");
            }
        }
        if (at.containsKey(ownerParam)) {
            problems.add("headline question fixes the owner axis " + ownerParam + ": every owner answers it");
        }
        problems.addAll(shape.problemsOf(cells()));
        return problems;
    }
}
