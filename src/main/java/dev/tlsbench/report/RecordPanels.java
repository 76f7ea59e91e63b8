package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Record-layer AEADs (AeadRecordBench): MB/s against record size on a log x axis, one chart per
 * AEAD x operation, one line per provider (line style = buffer kind), error bars from JMH's
 * 99.9% interval. MB/s = records/s x size / 1e6.
 */
public final class RecordPanels {

    static final String BENCH = "AeadRecordBench";

    private RecordPanels() {
    }

    public static List<ChartModel> charts(Run run, boolean dirInLabel) {
        List<BenchResult> results = run.of(BENCH);
        if (results.isEmpty()) {
            return List.of();
        }
        List<String> owners = Panels.owners(run, results, "provider", "aead");
        List<String> buffers = new ArrayList<>(new LinkedHashSet<>(results.stream().map(r -> r.param("buffer")).toList()));
        List<ChartModel> out = new ArrayList<>();
        Map<String, List<BenchResult>> panels = Panels.group(results, r -> r.param("aead") + " " + r.method());
        for (Map.Entry<String, List<BenchResult>> panel : panels.entrySet()) {
            String aead = panel.getValue().get(0).param("aead");
            List<String> notes = new ArrayList<>(Panels.gateNotes(run, owners));
            List<ChartModel.Series> series = new ArrayList<>();
            for (String owner : owners) {
                Set<String> missingBuffers = new LinkedHashSet<>();
                for (String buffer : buffers) {
                    List<BenchResult> line = panel.getValue().stream()
                            .filter(r -> r.owner().equals(owner) && r.param("buffer").equals(buffer))
                            .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.param("size")))).toList();
                    if (line.isEmpty()) {
                        missingBuffers.add(buffer);
                        continue;
                    }
                    List<Double> x = new ArrayList<>();
                    List<Double> y = new ArrayList<>();
                    List<Double> e = new ArrayList<>();
                    for (BenchResult r : line) {
                        double mb = Integer.parseInt(r.param("size")) / 1e6;
                        x.add(Double.parseDouble(r.param("size")));
                        y.add(r.score() * mb);
                        e.add(Panels.error(r, mb));
                    }
                    series.add(new ChartModel.Series(Panels.seriesName(run, owner) + " " + buffer, owner,
                            ChartModel.Line.values()[buffers.indexOf(buffer) % ChartModel.Line.values().length], x, y, e));
                }
                if (missingBuffers.size() == buffers.size()) {
                    notes.add(Panels.missing(run, "provider", owner, "aead", aead));
                } else if (!missingBuffers.isEmpty()) {
                    notes.add("no result " + owner + " x " + aead + " with " + String.join(", ", missingBuffers)
                            + ": failed or not measured (see status.tsv and the family's .log)");
                }
            }
            String label = run.label(dirInLabel);
            out.add(new ChartModel(Panels.id(label, "record", panel.getKey()),
                    "TLS record " + panel.getKey() + ": MB/s by record size [" + label + "]", run.caption(),
                    ChartModel.Kind.XY, "record plaintext bytes (log)", "MB/s", true, false, List.of(), series, notes));
        }
        return out;
    }
}
