package dev.tlsbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.bench.CellState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the result files strictly into their records: a missing, empty, truncated or malformed file,
 * one of an unknown newer schema, or one without a field every reader needs is a
 * {@link ResultFileException} naming the file and what is wrong. Older schemas go through
 * {@link Migration} first.
 */
public final class ResultFiles {

    private ResultFiles() {
    }

    /** Any JSON file of a result directory, as a tree (jmh.json too). */
    public static JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResultFileException(file, "no such file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ResultFileException(file, "empty file (0 bytes)");
            }
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new ResultFileException(file, "no JSON content");
            }
            return root;
        } catch (JsonProcessingException e) {
            String what = e.getMessage() != null && e.getMessage().contains("end-of-input")
                    ? "truncated JSON (unexpected end of input)" : "malformed JSON";
            throw new ResultFileException(file, what + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot read: " + e);
        }
    }

    public static PlanFile readPlan(Path file) {
        JsonNode root = readTree(file);
        if (!root.isObject() || !root.path("families").isArray()) {
            throw new ResultFileException(file, "not a tls-crypto-bench plan.json: no \"families\" array");
        }
        int i = 0;
        for (JsonNode f : root.get("families")) {
            String where = "family #" + ++i;
            requireText(file, where, f, "name");
            where = "family " + f.get("name").asText();
            requireText(file, where, f, "benchmark");
            requireText(file, where, f, "ownerParam");
            if (!f.path("axes").isObject()) {
                throw new ResultFileException(file, where + ": no \"axes\" object");
            }
            f.get("axes").fields().forEachRemaining(e -> requireArray(file, "family " + f.get("name").asText(), f.get("axes"), e.getKey()));
            requireArray(file, where, f, "methods");
        }
        requireText(file, "plan", root, "profile");
        return bind(file, Migration.Kind.PLAN, (ObjectNode) root, PlanFile.class);
    }

    public static CellsFile readCells(Path file) {
        JsonNode root = readTree(file);
        if (!root.isObject() || !root.path("cells").isArray()) {
            throw new ResultFileException(file, "not a cells.json of scripts/bench: no \"cells\" array");
        }
        int i = 0;
        for (JsonNode c : root.get("cells")) {
            String where = "cell #" + ++i;
            requireText(file, where, c, "family");
            requireText(file, where, c, "benchmark");
            requireText(file, where, c, "state");
            String state = c.get("state").asText();
            if (CellState.ofLabel(state).isEmpty()) {
                throw new ResultFileException(file, c.path("key").asText(where) + ": unknown state '" + state + "'; valid: "
                        + CellState.validLabels());
            }
        }
        return bind(file, Migration.Kind.CELLS, (ObjectNode) root, CellsFile.class);
    }

    public static EnvFile readEnv(Path file) {
        JsonNode root = readTree(file);
        if (!root.isObject()) {
            throw new ResultFileException(file, "not a tls-crypto-bench env.json: expected a JSON object");
        }
        JsonNode list = root.get("jvms");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ResultFileException(file, "not a tls-crypto-bench env.json: no \"jvms\" array");
        }
        for (JsonNode j : list) {
            if (!j.hasNonNull("id")) {
                throw new ResultFileException(file, "a jvms entry has no \"id\"");
            }
        }
        return bind(file, Migration.Kind.ENV, (ObjectNode) root, EnvFile.class);
    }

    /**
     * A calibration.json of scripts/calibrate, of any schema: the oldest are a bare array of cells
     * (read as schema 1), later ones an object with "schema" and "cells".
     */
    public static CalibrationFile readCalibration(Path file) {
        JsonNode root = readTree(file);
        if (root.isArray()) {
            ObjectNode wrapped = Json.MAPPER.createObjectNode();
            wrapped.set("cells", root);
            root = wrapped;
        }
        if (!root.isObject() || !root.path("cells").isArray()) {
            throw new ResultFileException(file, "not a calibration.json of scripts/calibrate: no \"cells\" array");
        }
        int i = 0;
        for (JsonNode c : root.get("cells")) {
            String where = "cell #" + ++i;
            requireText(file, where, c, "jvm");
            requireText(file, where, c, "cell");
        }
        return bind(file, Migration.Kind.CALIBRATION, (ObjectNode) root, CalibrationFile.class);
    }

    private static <T> T bind(Path file, Migration.Kind kind, ObjectNode root, Class<T> type) {
        int schema = Schema.of(file, root);
        ObjectNode current = Migration.toCurrent(file, kind, schema, root);
        try {
            return Json.MAPPER.treeToValue(current, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ResultFileException(file, "not a " + kind.fileName() + " of schema " + Schema.CURRENT + ": "
                    + String.valueOf(reason).lines().findFirst().orElse(""));
        }
    }

    private static void requireText(Path file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new ResultFileException(file, where + ": no \"" + field + "\" text");
        }
    }

    private static void requireArray(Path file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new ResultFileException(file, where + ": no \"" + field + "\" array");
        }
    }
}
