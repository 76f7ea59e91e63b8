package dev.tlsbench.report.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlsbench.stats.Steadiness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's share of a connection stands on the samples the score stands on: trimmed warmup and set-aside forks left out. */
class SideShareTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void counts(ObjectNode metric, double[][] perFork) {
        ArrayNode raw = metric.putArray("rawData");
        for (double[] fork : perFork) {
            ArrayNode f = raw.addArray();
            for (double v : fork) {
                f.add(v);
            }
        }
    }

    @Test
    void onlyTheKeptWindowsAreCounted() {
        // fork 1: warming for 3 samples (slow, 2 ms of server per connection), then 6 flat at 1 ms;
        // fork 2: flat at 1 ms; fork 3: a step in its last samples, set aside (its 5 ms must not count)
        List<Double> warm = List.of(500.0, 520.0, 510.0, 1000.0, 1002.0, 998.0, 1001.0, 999.0, 1000.0);
        List<Double> flat = List.of(1000.0, 1001.0, 999.0, 1002.0, 998.0, 1000.0, 1001.0, 999.0, 1000.0);
        List<Double> step = List.of(1000.0, 1001.0, 999.0, 1002.0, 998.0, 1000.0, 1001.0, 600.0, 601.0);
        Steadiness s = Steadiness.of(List.of(warm, flat, step));
        assertEquals(List.of(0, 1), s.estimateForks());
        assertEquals(List.of(3, 0), s.estimateFrom());

        ObjectNode secondary = JSON.createObjectNode();
        double[] slowThenFast = {2e6 * 100, 2e6 * 100, 2e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100};
        double[] fast = {1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100, 1e6 * 100};
        double[] setAside = {5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100, 5e6 * 100};
        counts(secondary.putObject(SideShare.SERVER), new double[][] {slowThenFast, fast, setAside});
        counts(secondary.putObject(SideShare.CLIENT), new double[][] {slowThenFast, fast, setAside});
        double[] hundred = {100, 100, 100, 100, 100, 100, 100, 100, 100};
        counts(secondary.putObject(SideShare.CONNECTIONS), new double[][] {hundred, hundred, hundred});

        SideShare share = SideShare.of(secondary, s).orElseThrow();
        assertEquals(1000.0, share.serverMicros(), 1e-9, "1 ms per connection in the windows; every sample would give 1.9 ms");
        assertEquals(1500, share.connections());
    }
}
