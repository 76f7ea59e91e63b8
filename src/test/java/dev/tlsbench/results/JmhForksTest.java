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
}
