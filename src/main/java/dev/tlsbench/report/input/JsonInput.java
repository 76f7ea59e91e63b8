package dev.tlsbench.report.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reading of the JSON files of a result directory: a missing, empty, truncated or malformed
 * file, or one without a field the report needs, is a {@link ReportInputException} that names the
 * file and what is wrong.
 */
final class JsonInput {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonInput() {
    }

    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(file, "no such file");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ReportInputException(file, "empty file (0 bytes)");
            }
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new ReportInputException(file, "no JSON content");
            }
            return root;
        } catch (JsonProcessingException e) {
            String what = e.getMessage() != null && e.getMessage().contains("end-of-input")
                    ? "truncated JSON (unexpected end of input)" : "malformed JSON";
            throw new ReportInputException(file, what + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read: " + e);
        }
    }

    /** A required text field of {@code node}; {@code where} says which element of the file it is. */
    static String text(Path file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new ReportInputException(file, where + ": no \"" + field + "\" text");
        }
        return v.asText();
    }

    /** A required array of strings. */
    static List<String> strings(Path file, String where, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new ReportInputException(file, where + ": no \"" + field + "\" array");
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    /** An object of strings (e.g. params), in file order; absent is empty. */
    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }
}
