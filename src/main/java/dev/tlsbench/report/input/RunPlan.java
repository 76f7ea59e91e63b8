package dev.tlsbench.report.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tlsbench.bench.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's plan.json: the profile, every family's descriptor and the timing of each part of the
 * profile. Read strictly: a field the report needs that is missing names the file and the family.
 */
public record RunPlan(Path file, String profile, String profileDescription, List<FamilyPlan> families, List<Part> timings,
               int cellsPerJvm) {

    /** One JMH timing of a family's cells ("-f 1 -wi 0 -w 0ms -i 3 -r 100ms"), and how many cells have it. */
    public record Part(String family, String timing, int cells) {
    }

    static RunPlan read(Path file) {
        JsonNode root = JsonInput.read(file);
        if (!root.isObject() || !root.path("families").isArray()) {
            throw new ReportInputException(file, "not a tls-crypto-bench plan.json: no \"families\" array");
        }
        List<FamilyPlan> families = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.get("families")) {
            families.add(family(file, "family #" + ++i, f));
        }
        List<Part> parts = new ArrayList<>();
        for (JsonNode t : root.path("timings")) {
            parts.add(new Part(t.path("family").asText(), t.path("timing").asText(), t.path("cells").asInt()));
        }
        return new RunPlan(file, JsonInput.text(file, "plan", root, "profile"), root.path("profileDescription").asText(""),
                List.copyOf(families), List.copyOf(parts), root.path("cellsPerJvm").asInt(0));
    }

    private static FamilyPlan family(Path file, String where, JsonNode f) {
        String name = JsonInput.text(file, where, f, "name");
        where = "family " + name;
        Map<String, List<String>> axes = new LinkedHashMap<>();
        JsonNode axesNode = f.get("axes");
        if (axesNode == null || !axesNode.isObject()) {
            throw new ReportInputException(file, where + ": no \"axes\" object");
        }
        for (var it = axesNode.fields(); it.hasNext(); ) {
            var e = it.next();
            axes.put(e.getKey(), JsonInput.strings(file, where, axesNode, e.getKey()));
        }
        Map<String, FamilyPlan.Owner> owners = new LinkedHashMap<>();
        f.path("owners").fields().forEachRemaining(e -> owners.put(e.getKey(),
                new FamilyPlan.Owner(e.getValue().path("crypto").asText(e.getKey()), e.getValue().path("warmup").asText(""))));
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        f.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), JsonInput.stringMap(e.getValue())));
        List<ChartSpec> charts = new ArrayList<>();
        for (JsonNode c : f.path("charts")) {
            String x = JsonInput.text(file, where + " chart", c, "xParam");
            if (!axes.containsKey(x)) {
                throw new ReportInputException(file, where + ": a chart along " + x + ", which is not one of its axes " + axes.keySet());
            }
            charts.add(new ChartSpec(x, c.path("xLabel").asText(x), c.path("lines").asBoolean(false),
                    c.path("title").asText(f.path("title").asText(name)), c.path("yLabel").asText("operations/s"),
                    c.path("logY").asBoolean(false), c.hasNonNull("bytesPerOpParam") ? c.get("bytesPerOpParam").asText() : null));
        }
        String ownerParam = JsonInput.text(file, where, f, "ownerParam");
        if (!axes.containsKey(ownerParam)) {
            throw new ReportInputException(file, where + ": ownerParam " + ownerParam + " is not one of its axes " + axes.keySet());
        }
        return new FamilyPlan(name, f.path("title").asText(name), JsonInput.text(file, where, f, "benchmark"), ownerParam,
                f.path("algorithmParam").asText(""), JsonInput.strings(file, where, f, "methods"), axes, owners, labels,
                List.copyOf(charts));
    }

    public Optional<FamilyPlan> family(String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The timings of one family's parts, for the environment table. */
    List<Part> timingsOf(String family) {
        return timings.stream().filter(t -> t.family().equals(family)).toList();
    }
}
