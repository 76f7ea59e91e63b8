package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * SSLEngine handshakes/s against JMH thread count, one line per stack x configuration x
 * resumption that was measured at two or more thread counts. JMH's score is the sum over threads.
 */
public final class ThreadScalingPanels {

    static final String BENCH = "SslEngineHandshakeBench";

    private ThreadScalingPanels() {
    }

    public static List<ChartModel> charts(Run run, boolean dirInLabel) {
        Map<String, List<BenchResult>> lines = Panels.group(run.of(BENCH),
                r -> r.owner() + " " + CategoryPanels.panelKey(r, "stack", "") .replaceFirst("^\\S+ ", ""));
        List<ChartModel.Series> series = new ArrayList<>();
        List<String> configs = new ArrayList<>();
        for (Map.Entry<String, List<BenchResult>> line : lines.entrySet()) {
            List<BenchResult> points = line.getValue().stream().sorted(Comparator.comparingInt(BenchResult::threads)).toList();
            if (points.stream().map(BenchResult::threads).distinct().count() < 2) {
                continue;
            }
            String config = points.get(0).param("config");
            if (!configs.contains(config)) {
                configs.add(config);
            }
            String owner = points.get(0).owner();
            series.add(new ChartModel.Series(Panels.seriesName(run, owner) + line.getKey().substring(owner.length()), owner,
                    ChartModel.Line.values()[configs.indexOf(config) % ChartModel.Line.values().length],
                    points.stream().map(r -> (double) r.threads()).toList(),
                    points.stream().map(BenchResult::score).toList(),
                    points.stream().map(r -> Panels.error(r, 1)).toList()));
        }
        if (series.isEmpty()) {
            return List.of();
        }
        List<String> owners = series.stream().map(ChartModel.Series::owner).distinct().toList();
        String label = run.label(dirInLabel);
        return List.of(new ChartModel(Panels.id(label, "sslengine-thread-scaling"),
                "SSLEngine handshakes/s by thread count [" + label + "]", run.caption(), ChartModel.Kind.XY,
                "JMH threads (-t)", "handshakes/s (all threads)", false, false, List.of(), series,
                Panels.gateNotes(run, owners)));
    }
}
