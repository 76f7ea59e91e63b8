package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.stats.Steadiness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result array (what {@code -rf json} writes, and what the runner merges into
 * {@code <jvm>/jmh.json}) with Jackson only, and refuses anything else with a message naming the
 * file and the problem. Throughput units other than ops/s are converted; other modes are refused:
 * the report compares throughput.
 */
final class JmhJson {

    private static final Map<String, Double> PER_SECOND = Map.of("ops/s", 1.0, "ops/ms", 1e3, "ops/us", 1e6,
            "ops/ns", 1e9, "ops/min", 1 / 60.0, "ops/hr", 1 / 3600.0);

    private JmhJson() {
    }

    static List<JmhResult> read(Path file) {
        JsonNode root = JsonInput.read(file);
        if (!root.isArray()) {
            throw new ReportInputException(file, "not a JMH JSON result: expected a JSON array of benchmark results, found "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        List<JmhResult> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            out.add(result(file, "result #" + (i + 1), root.get(i)));
        }
        return out;
    }

    private static JmhResult result(Path file, String where, JsonNode n) {
        JsonNode benchmark = n.get("benchmark");
        JsonNode metric = n.get("primaryMetric");
        if (!n.isObject() || benchmark == null || !benchmark.isTextual() || metric == null
                || !metric.hasNonNull("score") || n.get("mode") == null) {
            throw new ReportInputException(file, "not a JMH JSON result: " + where + " lacks benchmark, mode or primaryMetric.score");
        }
        if (benchmark.asText().lastIndexOf('.') < 0) {
            throw new ReportInputException(file, where + ": benchmark name '" + benchmark.asText() + "' is not Class.method");
        }
        where = where + " (" + benchmark.asText() + ")";
        String unit = metric.path("scoreUnit").asText("ops/s");
        Double scale = PER_SECOND.get(unit);
        if (scale == null || !n.get("mode").asText().equals("thrpt")) {
            throw new ReportInputException(file, where + ": mode " + n.get("mode").asText() + ", unit " + unit
                    + ": the report reads throughput results (mode thrpt, ops per time unit)");
        }
        double score = number(file, where, "score", metric.get("score")) * scale;
        if (Double.isNaN(score)) {
            throw new ReportInputException(file, where + ": primaryMetric.score is NaN");
        }
        double error = metric.has("scoreError") ? number(file, where, "scoreError", metric.get("scoreError")) * scale : Double.NaN;
        List<List<Double>> raw = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> samples = new ArrayList<>();
            for (JsonNode s : fork) {
                samples.add(number(file, where, "rawData", s) * scale);
            }
            raw.add(List.copyOf(samples));
        }
        if (raw.isEmpty()) {
            throw new ReportInputException(file, where + ": no primaryMetric.rawData (the samples are the evidence of a score)");
        }
        return new JmhResult(benchmark.asText(), n.get("mode").asText(), n.path("threads").asInt(1), n.path("forks").asInt(raw.size()),
                JsonInput.stringMap(n.get("params")), score, error, List.copyOf(raw),
                SideShare.of(n.path("secondaryMetrics"), Steadiness.of(raw)));
    }

    /** JMH writes "NaN" (a string) for a value it could not compute. */
    private static double number(Path file, String where, String field, JsonNode v) {
        if (v != null && v.isNumber()) {
            return v.asDouble();
        }
        if (v != null && v.isTextual() && v.asText().equals("NaN")) {
            return Double.NaN;
        }
        throw new ReportInputException(file, where + ": " + field + " is not a number: " + v);
    }
}
