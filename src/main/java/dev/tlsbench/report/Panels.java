package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What every chart kind needs: owners in a fixed order, series names with gate flags, n/a notes. */
final class Panels {

    private Panels() {
    }

    /** Owners of an axis: those the capability matrix knows (in its order), then any others with results. */
    static List<String> owners(Run run, List<BenchResult> results, String ownerParam, String algorithmParam) {
        Set<String> out = new LinkedHashSet<>(run.jvm().owners(ownerParam, algorithmParam));
        results.forEach(r -> out.add(r.owner()));
        return new ArrayList<>(out);
    }

    /** A series is named by its owner, marked "(!)" when the correctness gate flagged that owner. */
    static String seriesName(Run run, String owner) {
        return run.jvm().gateFlag(owner).isPresent() ? owner + " (!)" : owner;
    }

    /** "(!) BC ACCEPTS INVALID vectors (...)" for every flagged owner, so a chart never hides it. */
    static List<String> gateNotes(Run run, List<String> owners) {
        List<String> notes = new ArrayList<>();
        for (String o : owners) {
            run.jvm().gateFlag(o).ifPresent(f -> notes.add("(!) " + o + ": correctness gate: " + f + " - see the gate table before trusting results of those algorithms"));
        }
        return notes;
    }

    /**
     * The note for an owner x algorithm without a result: "n/a" with the capability matrix's
     * reason when unsupported, else "no result" (supported, but failed or not run: see status).
     */
    static String missing(Run run, String ownerParam, String owner, String algorithmParam, String algorithm) {
        Optional<String> reason = run.jvm().unsupportedReason(ownerParam, owner, algorithmParam, algorithm);
        return reason.map(r -> "n/a " + owner + " x " + algorithm + ": " + r)
                .orElse("no result " + owner + " x " + algorithm + ": supported but not measured (failed or interrupted: see status.tsv and the family's .log)");
    }

    static boolean unsupported(Run run, String ownerParam, String owner, String algorithmParam, String algorithm) {
        return run.jvm().unsupportedReason(ownerParam, owner, algorithmParam, algorithm).isPresent();
    }

    /** Groups results by a key, keeping first-seen order. */
    static <K> Map<K, List<BenchResult>> group(List<BenchResult> results, Function<BenchResult, K> key) {
        Map<K, List<BenchResult>> out = new LinkedHashMap<>();
        results.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** A file-name-safe id. */
    static String id(String... parts) {
        return String.join("-", parts).replaceAll("[^A-Za-z0-9_.-]+", "_");
    }

    /** Error half-width scaled like the score; NaN (too few iterations) becomes 0 so no bar is drawn. */
    static double error(BenchResult r, double scale) {
        return Double.isNaN(r.error()) ? 0 : r.error() * scale;
    }
}
