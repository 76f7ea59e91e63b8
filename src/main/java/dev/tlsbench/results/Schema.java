package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * The version of the result files' shape, written as {@code "schema": N} at the top of plan.json,
 * env.json and every cells.json. Raise {@link #CURRENT} when a record changes shape and teach
 * {@link Migration} to bring the old shape up; a reader refuses a file newer than it knows.
 *
 * <p>History: 1 (no field) plan.json and cells.json before the field existed; 2 env.json with
 * host facts (plan.json and cells.json of that time carry no field, read as 1); 3 every file
 * typed and stamped; 4 plan.json with the facts the constants declare (owners' label, colour and
 * marker, CPU and VM flags per algorithm, the headline questions); 5 plan.json with the native
 * (openssl speed) measurement each family's cells compare with,
 * and env.json's gate rows with each failed vector's Wycheproof flags and bug types and the TLS
 * side of each suite; 6 calibration.json (stamped since schema 3, a bare array before) as an object
 * with the seed and rotation of its sample, each side's 95% interval, the ratio's interval and the
 * pass rule's verdict per cell, and each JVM's precision and accuracy; cells.json's forks may carry
 * their own {@code timing} (a longer fork; absent in older files, which read as the cell's timing);
 * plan.json and env.json did not change.
 */
public final class Schema {

    /** The schema this build writes. */
    public static final int CURRENT = 6;
    /** The oldest schema this build reads (through {@link Migration}); a file without the field is this one. */
    public static final int OLDEST = 1;

    private Schema() {
    }

    /** The schema of {@code root}: its "schema" field, or {@link #OLDEST} without one. Refuses a newer or a malformed one. */
    public static int of(Path file, JsonNode root) {
        JsonNode v = root.get("schema");
        if (v == null || v.isNull()) {
            return OLDEST;
        }
        if (!v.canConvertToExactIntegral() || v.asInt() < OLDEST) {
            throw new UnsupportedSchemaException(file, "\"schema\": " + v + " is not a schema version; " + supported());
        }
        int found = v.asInt();
        if (found > CURRENT) {
            throw new UnsupportedSchemaException(file, "schema " + found + " is newer than this build reads; " + supported()
                    + ": plot it with the suite that wrote it, or update this checkout");
        }
        return found;
    }

    /** "this build reads schemas 1 to 6 (no "schema" field is 1)". */
    public static String supported() {
        return "this build reads schemas " + OLDEST + " to " + CURRENT + " (a file without \"schema\" is " + OLDEST + ")";
    }
}
