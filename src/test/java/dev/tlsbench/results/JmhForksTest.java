package dev.tlsbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forks run in separate JMH invocations merge into one entry with every metric's forks: the
 * primary score and the secondary counts alike (an SSLEngine connection's per-side engine time
 * and connections, which the report divides).
 */
class JmhForksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One fork's entry as JMH writes it: a throughput score and EVENTS counts (per-iteration sums). */
    private static JsonNode fork(double... iterations) throws Exception {
        String raw = "[[" + iterations[0] + "," + iterations[1] + "]]";
        return JSON.readTree("{\"benchmark\":\"dev.tlsbench.tls.SslEngineHandshakeBench.handshake\",\"mode\":\"thrpt\",\"forks\":1,"
                + "\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\",\"rawData\":" + raw + "},"
                + "\"secondaryMetrics\":{"
                + "\"serverEngineNanos\":{\"score\":1,\"scoreUnit\":\"#\",\"rawData\":" + raw + "},"
                + "\"connections\":{\"score\":1,\"scoreUnit\":\"#\",\"rawData\":[[10.0,20.0]]}}}");
    }

    @Test
    void secondaryCountsKeepEveryFork() throws Exception {
        JsonNode merged = JmhForks.merge(JmhForks.merge(null, fork(100, 200)), fork(300, 400));
        assertEquals(2, merged.path("forks").asInt());
        assertEquals(List.of(List.of(100.0, 200.0), List.of(300.0, 400.0)), JmhForks.forks(merged.at("/secondaryMetrics/serverEngineNanos")));
        assertEquals(List.of(List.of(10.0, 20.0), List.of(10.0, 20.0)), JmhForks.forks(merged.at("/secondaryMetrics/connections")));
        assertEquals(250.0, merged.at("/secondaryMetrics/serverEngineNanos/score").asDouble(), 1e-9,
                "restated as the mean of the iterations, as for the primary: the report divides the sums of rawData");
    }

    /**
     * A run that recorded fewer forks than jmh.json holds (killed between the two writes) keeps the
     * first forks of every metric: the secondary counts are cut like the primary, not dropped (the
     * report's server share would say "not measured"); one that does not line up with the forks is.
     */
    @Test
    void theFirstForksKeepTheirSecondaryCounts() throws Exception {
        JsonNode merged = JmhForks.merge(JmhForks.merge(JmhForks.merge(null, fork(100, 200)), fork(300, 400)), fork(500, 600));
        JsonNode kept = JmhForks.firstForks(merged, 2);
        assertEquals(2, kept.path("forks").asInt());
        assertEquals(List.of(List.of(100.0, 200.0), List.of(300.0, 400.0)), JmhForks.forks(kept.at("/secondaryMetrics/serverEngineNanos")));
        assertEquals(250.0, kept.at("/secondaryMetrics/serverEngineNanos/score").asDouble(), 1e-9);
        assertEquals(2, JmhForks.forks(kept.at("/secondaryMetrics/connections")).size());
        ((com.fasterxml.jackson.databind.node.ArrayNode) ((com.fasterxml.jackson.databind.node.ObjectNode) merged)
                .at("/secondaryMetrics/connections/rawData")).remove(0);
        assertEquals(true, JmhForks.firstForks(merged, 2).at("/secondaryMetrics/connections").isMissingNode(),
                "two lists for three forks: which is whose is unknown");
        assertEquals(2, JmhForks.forks(JmhForks.firstForks(merged, 2).at("/secondaryMetrics/serverEngineNanos")).size());
    }
}
