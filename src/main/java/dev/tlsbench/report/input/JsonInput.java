package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.results.ResultFileException;
import dev.tlsbench.results.ResultFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Strict reading of the files of a result directory through {@link ResultFiles}: a missing, empty,
 * truncated or malformed file, one of a schema this build does not read, or one without a field the
 * report needs, is a {@link ReportInputException} that names the file and what is wrong.
 */
final class JsonInput {

    private JsonInput() {
    }

    /** A typed result file, read by {@code reader}, its problems as the report's. */
    static <T> T typed(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ResultFileException e) {
            throw new ReportInputException(e.file(), e.problem());
        }
    }

    /** A JSON file that is not one of the suite's records (jmh.json), as a tree. */
    static JsonNode read(Path file) {
        return typed(() -> ResultFiles.readTree(file));
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
