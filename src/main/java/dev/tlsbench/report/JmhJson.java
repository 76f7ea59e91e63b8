package dev.tlsbench.report;

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
 * Reads a JMH result file written with {@code -rf json} with Jackson only (no JMH classes), and
 * refuses anything else with a message naming the file and the problem.
 */
public final class JmhJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JmhJson() {
    }

    public static List<BenchResult> read(Path file) {
        JsonNode root = readTree(file);
        if (!root.isArray()) {
            throw new ReportInputException(file, "not a JMH JSON result: expected a JSON array of benchmark results, found "
                    + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        List<BenchResult> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.add(result(file, i, root.get(i)));
        }
        return out;
    }

    /** Parses any JSON file strictly: missing, empty and truncated files are named as such. */
    static JsonNode readTree(Path file) {
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

    private static BenchResult result(Path file, int index, JsonNode n) {
        String where = "result #" + (index + 1);
        JsonNode benchmark = n.get("benchmark");
        JsonNode metric = n.get("primaryMetric");
        if (!n.isObject() || benchmark == null || !benchmark.isTextual() || metric == null
                || !metric.hasNonNull("score") || n.get("mode") == null) {
            throw new ReportInputException(file, "not a JMH JSON result: " + where
                    + " lacks benchmark, mode or primaryMetric.score");
        }
        String full = benchmark.asText();
        int dot = full.lastIndexOf('.');
        int classDot = full.lastIndexOf('.', dot - 1);
        if (dot < 0) {
            throw new ReportInputException(file, where + ": benchmark name '" + full + "' is not Class.method");
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = n.get("params");
        if (p != null) {
            p.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        }
        double score = number(file, where, metric.get("score"));
        double error = metric.has("scoreError") ? number(file, where, metric.get("scoreError")) : Double.NaN;
        return new BenchResult(full.substring(classDot + 1, dot), full.substring(dot + 1), Map.copyOf(params),
                n.path("threads").asInt(1), score, error, metric.path("scoreUnit").asText("ops/s"));
    }

    /** JMH writes "NaN" (a string) for an error it could not compute. */
    private static double number(Path file, String where, JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual() && v.asText().equals("NaN")) {
            return Double.NaN;
        }
        throw new ReportInputException(file, where + ": score is not a number: " + v);
    }
}
