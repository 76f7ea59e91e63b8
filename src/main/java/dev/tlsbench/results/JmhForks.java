package dev.tlsbench.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * One cell's entry of jmh.json built from forks that ran in separate JMH invocations (one per round),
 * written as JMH itself writes a multi-fork result, so that every JMH tool and the report read it
 * unchanged: each metric's {@code rawData} holds one list per fork, and its score, error, confidence
 * and percentiles are recomputed over all samples the way JMH's ListStatistics computes them (mean;
 * 99.9% Student-t half-width with n-1 degrees of freedom, NaN below three samples; Commons Math's
 * Percentile), and {@code forks} counts the forks.
 */
public final class JmhForks {

    /** JMH's confidence level for scoreError and scoreConfidence. */
    public static final double JMH_CONFIDENCE = 0.999;
    /** The percentiles JMH writes, in its order and spelling. */
    private static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private JmhForks() {
    }

    /** {@code entry} (a cell's result so far, or null) with the forks of {@code fork} (one JMH result of the same cell) added. */
    public static JsonNode merge(JsonNode entry, JsonNode fork) {
        if (entry == null) {
            return fork.deepCopy();
        }
        ObjectNode merged = entry.deepCopy();
        mergeMetric((ObjectNode) merged.get("primaryMetric"), fork.path("primaryMetric"));
        merged.put("forks", merged.at("/primaryMetric/rawData").size());
        JsonNode secondary = merged.path("secondaryMetrics");
        if (secondary instanceof ObjectNode s) {
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                JsonNode other = fork.path("secondaryMetrics").path(m.getKey());
                if (other.has("rawData")) {
                    mergeMetric((ObjectNode) m.getValue(), other);
                }
            }
        }
        return merged;
    }

    /** {@code entry} with only its first {@code n} forks (what a run keeps when cells.json recorded fewer). */
    public static JsonNode firstForks(JsonNode entry, int n) {
        ObjectNode kept = entry.deepCopy();
        List<List<Double>> forks = forks(entry.path("primaryMetric"));
        if (n >= forks.size()) {
            return kept;
        }
        kept.put("forks", n);
        ObjectNode metric = (ObjectNode) kept.get("primaryMetric");
        ArrayNode raw = metric.putArray("rawData");
        forks.subList(0, n).forEach(f -> f.forEach(raw.addArray()::add));
        restate(metric);
        // a secondary metric merged with every fork (one rawData list per fork, as merge adds them) is cut the
        // same way; one whose lists do not line up with the primary's forks is dropped: none rather than wrong
        ObjectNode secondary = kept.objectNode();
        entry.path("secondaryMetrics").fields().forEachRemaining(m -> {
            List<List<Double>> its = forks(m.getValue());
            if (its.size() == forks.size()) {
                ObjectNode cut = m.getValue().deepCopy();
                ArrayNode cutRaw = cut.putArray("rawData");
                its.subList(0, n).forEach(f -> f.forEach(cutRaw.addArray()::add));
                restate(cut);
                secondary.set(m.getKey(), cut);
            }
        });
        kept.set("secondaryMetrics", secondary);
        return kept;
    }

    /** The samples of a metric, one list per fork. */
    public static List<List<Double>> forks(JsonNode metric) {
        List<List<Double>> out = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> samples = new ArrayList<>();
            fork.forEach(v -> samples.add(v.asDouble()));
            out.add(samples);
        }
        return out;
    }

    private static void mergeMetric(ObjectNode metric, JsonNode other) {
        ArrayNode raw = metric.withArray("rawData");
        other.path("rawData").forEach(f -> raw.add(f.deepCopy()));
        restate(metric);
    }

    /** Score, scoreError, scoreConfidence and scorePercentiles from the metric's rawData, as JMH computes them. */
    private static void restate(ObjectNode metric) {
        DescriptiveStatistics all = new DescriptiveStatistics();
        forks(metric).forEach(f -> f.forEach(all::addValue));
        long n = all.getN();
        double mean = all.getMean();
        double error = Double.NaN;
        if (n > 2) {
            double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2);
            error = t * all.getStandardDeviation() / Math.sqrt(n);
        }
        putNumber(metric, "score", mean);
        putNumber(metric, "scoreError", error);
        ArrayNode confidence = metric.putArray("scoreConfidence");
        addNumber(confidence, Double.isNaN(error) ? Double.NaN : mean - error);
        addNumber(confidence, Double.isNaN(error) ? Double.NaN : mean + error);
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        double[] values = all.getValues();
        for (double p : PERCENTILES) {
            double v = p == 0.0 ? all.getMin() : new Percentile().evaluate(values, p);
            putNumber(percentiles, String.valueOf(p), v);
        }
    }

    /** JMH writes a number that is not one as the string "NaN". */
    private static void putNumber(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.put(field, String.valueOf(v));
        }
    }

    private static void addNumber(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.add(String.valueOf(v));
        }
    }
}
