package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.stats.Steadiness;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The server's and the client's share of one SSLEngine connection cell, from the JMH secondary
 * results its benchmark counts every iteration (serverEngineNanos, clientEngineNanos and
 * connections, summed over the iterations the score stands on: each kept fork's steady window): the time one thread spent in the server's
 * engine per connection (its creation, wrap/unwrap, delegated tasks and close) and in the
 * client's. The connection benchmarks run both ends on one thread, so the score is client +
 * server; the server's share is what a server spends per new connection, {@link
 * #serverPerSecond()} what one core of a server makes.
 */
public record SideShare(double serverNanos, double clientNanos, long connections) {

    /** The families whose cells are connections with both ends on one thread (their runs before this count said nothing). */
    public static final Set<String> FAMILIES = Set.of("sslengine-handshake", "sslengine-mixed");

    /** What a page says in place of the server's share where a connection cell's run did not count it. */
    public static final String NOT_MEASURED = "server share not measured";

    static final String SERVER = "serverEngineNanos";
    static final String CLIENT = "clientEngineNanos";
    static final String CONNECTIONS = "connections";

    /**
     * The share from a JMH result's secondaryMetrics over the samples the cell's score stands on: each
     * kept fork's steady window ({@code steadiness}, from the primary rawData, whose forks and
     * iterations the counts follow); empty when they do not hold all three counts (an older run).
     */
    static Optional<SideShare> of(JsonNode secondaryMetrics, Steadiness steadiness) {
        if (!secondaryMetrics.has(SERVER) || !secondaryMetrics.has(CLIENT) || !secondaryMetrics.has(CONNECTIONS)) {
            return Optional.empty();
        }
        List<Integer> forks = steadiness.estimateForks();
        List<Integer> from = steadiness.estimateFrom();
        double connections = sum(secondaryMetrics.get(CONNECTIONS), forks, from);
        if (!(connections > 0)) {
            return Optional.empty();
        }
        return Optional.of(new SideShare(sum(secondaryMetrics.get(SERVER), forks, from) / connections,
                sum(secondaryMetrics.get(CLIENT), forks, from) / connections, Math.round(connections)));
    }

    /** A count's total over the kept forks' windows (rawData: its per-iteration sums, one list per fork). */
    private static double sum(JsonNode metric, List<Integer> forks, List<Integer> from) {
        double total = 0;
        JsonNode raw = metric.path("rawData");
        for (int k = 0; k < forks.size(); k++) {
            JsonNode fork = raw.path(forks.get(k));
            for (int i = from.get(k); i < fork.size(); i++) {
                total += fork.get(i).asDouble();
            }
        }
        return total;
    }

    /** Nanoseconds of the server's engine per connection, in µs. */
    public double serverMicros() {
        return serverNanos / 1e3;
    }

    public double clientMicros() {
        return clientNanos / 1e3;
    }

    /** New connections one core of a server makes per second at this cost. */
    public double serverPerSecond() {
        return 1e9 / serverNanos;
    }
}
