package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * Brings a result file of an older schema up to {@link Schema#CURRENT}, on its JSON tree, before it
 * is bound to its record: the one place that knows what older runs wrote. A step per schema, applied
 * in turn, so a file of schema 1 goes through 1 -> 2 -> 3 -> 4 -> 5 -> 6.
 *
 * <ul>
 *   <li>1 -> 2: env.json gained the host facts (CPU identity, flags, clock, virtualization), which a
 *       schema-1 env.json simply lacks (the report shows them as unknown); plan.json and cells.json
 *       did not change.</li>
 *   <li>2 -> 3: every file carries "schema"; a cell's state is one of {@code CellState}'s labels
 *       ("pending" included), as before.</li>
 *   <li>3 -> 4: plan.json carries the facts the constants declare (owners' label, colour and marker,
 *       the JDK's own owner, CPU and VM flags per algorithm, the headline questions); a plan of
 *       schema 3 or older gets those its report knew by constant name ({@link Schema3Facts}).</li>
 *   <li>4 -> 5: plan.json carries each family's native matches (which openssl speed measurement its
 *       cells compare with); a plan of schema 4 or older gets those its report knew by constant name
 *       ({@link Schema4Facts}); env.json's gate rows carry each failed
 *       vector's Wycheproof flags and bug types ("findings") and the TLS side of the suite, which a
 *       row of schema 4 or older gets from the failures it listed and the Wycheproof files
 *       ({@link Schema4Gate}).</li>
 *   <li>5 -> 6: calibration.json records its seeded sample, intervals and the pass rule's verdict
 *       ({@link CalibrationFile}); one of schema 5 or older, made by the fixed sample and the
 *       point-estimate rule, keeps its cells, their samples and its point ratio, loses JMH's 99.9%
 *       errors and the ratio's propagated error (not intervals of the current kind; the samples
 *       are kept, to compute them from) and says its old verdict in words, unjudged by the new
 *       rule ({@link #calibrationToSchema6}). cells.json gains an optional {@code timing} per fork
 *       (absent: the cell's), which older files simply lack; plan.json and env.json did not change.</li>
 * </ul>
 */
public final class Migration {

    /** Which file of a result directory a tree is. */
    public enum Kind {
        PLAN("plan.json"), CELLS("cells.json"), ENV("env.json"), CALIBRATION("calibration.json");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private Migration() {
    }

    /** {@code root} (of schema {@code from}, as {@link Schema#of} found it) in the current schema; changes it in place. */
    public static ObjectNode toCurrent(Path file, Kind kind, int from, ObjectNode root) {
        if (from > Schema.CURRENT) {
            throw new UnsupportedSchemaException(file, "schema " + from + " is newer than this build reads; " + Schema.supported());
        }
        int at = from;
        if (at == 1) {
            at = 2; // nothing to change: what schema 2 added to env.json, a schema-1 file does not have
        }
        if (at == 2) {
            at = 3; // same shape, now stamped
        }
        if (at == 3) {
            at = 4;
            if (kind == Kind.PLAN) {
                root.path("families").forEach(f -> Schema3Facts.fill((ObjectNode) f));
            }
        }
        if (at == 4) {
            at = 5;
            if (kind == Kind.PLAN) {
                root.path("families").forEach(f -> Schema4Facts.fill((ObjectNode) f));
            }
            if (kind == Kind.ENV) {
                root.path("jvms").forEach(j -> Schema4Gate.fill((ObjectNode) j));
            }
        }
        if (at == 5) {
            at = 6;
            if (kind == Kind.CALIBRATION) {
                calibrationToSchema6(root);
            }
        }
        root.put("schema", at);
        return root;
    }

    /** What the sample was before schema 6, for a calibration.json that did not say. */
    static final String FIXED_SAMPLE = "two cells per family and owner warmup class, from the ends of each list (before schema 6)";

    /** The 5 -> 6 step of a calibration.json: see the class comment. */
    private static void calibrationToSchema6(ObjectNode root) {
        if (!root.hasNonNull("sample")) {
            root.put("sample", FIXED_SAMPLE);
        }
        root.path("cells").forEach(c -> {
            ObjectNode cell = (ObjectNode) c;
            cell.remove("ratioError");
            JsonNode faithful = cell.remove("faithful");
            if (faithful != null && !cell.hasNonNull("verdict")) {
                cell.put("verdict", (faithful.asBoolean() ? "within" : "outside") + " ±10% on the point estimate (the rule before schema 6)");
            }
            for (String side : new String[] {"quick", "full"}) {
                if (cell.get(side) instanceof ObjectNode m) {
                    m.remove("error");
                }
            }
        });
    }
}
