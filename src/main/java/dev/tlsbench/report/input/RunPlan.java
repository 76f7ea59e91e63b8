package dev.tlsbench.report.input;

import dev.tlsbench.bench.ChartSpec;
import dev.tlsbench.results.FamilyDescriptor;
import dev.tlsbench.results.PlanFile;
import dev.tlsbench.results.ResultFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run's plan.json ({@link PlanFile}): the profile, every family's descriptor and the timing of each
 * part of the profile. Read strictly: a field the report needs that is missing names the file and the family.
 */
public record RunPlan(Path file, String profile, String profileDescription, List<FamilyPlan> families,
                      List<PlanFile.TimingPart> timings, int cellsPerJvm) {

    static RunPlan read(Path file) {
        PlanFile plan = JsonInput.typed(() -> ResultFiles.readPlan(file));
        List<FamilyPlan> families = new ArrayList<>();
        for (FamilyDescriptor f : plan.families()) {
            families.add(family(file, f));
        }
        return new RunPlan(file, plan.profile(), plan.profileDescription() == null ? "" : plan.profileDescription(),
                List.copyOf(families), plan.timings(), plan.cellsPerJvm());
    }

    private static FamilyPlan family(Path file, FamilyDescriptor f) {
        String where = "family " + f.name();
        String title = f.title() == null ? f.name() : f.title();
        List<ChartSpec> charts = new ArrayList<>();
        for (ChartSpec c : f.charts()) {
            String x = c.xParam();
            if (x == null) {
                throw new ReportInputException(file, where + " chart: no \"xParam\" text");
            }
            if (!f.axes().containsKey(x)) {
                throw new ReportInputException(file, where + ": a chart along " + x + ", which is not one of its axes " + f.axes().keySet());
            }
            charts.add(new ChartSpec(x, c.xLabel() == null ? x : c.xLabel(), c.lines(), c.title() == null ? title : c.title(),
                    c.yLabel() == null ? "operations/s" : c.yLabel(), c.logY(), c.bytesPerOpParam()));
        }
        if (!f.axes().containsKey(f.ownerParam())) {
            throw new ReportInputException(file, where + ": ownerParam " + f.ownerParam() + " is not one of its axes " + f.axes().keySet());
        }
        return new FamilyPlan(f.name(), title, f.benchmark(), f.ownerParam(), f.algorithmParam() == null ? "" : f.algorithmParam(),
                f.methods(), f.axes(), f.owners(), f.labels(), List.copyOf(charts), f.jdkOwner(), f.algorithms(), f.headline(),
                f.nativeMatches());
    }

    /** An owner's name for people, from the first family that has it (a stack named in the TLS probes, say); else its name. */
    public String ownerLabel(String owner) {
        return families.stream().filter(f -> f.owners().containsKey(owner)).findFirst().map(f -> f.ownerLabel(owner)).orElse(owner);
    }

    public Optional<FamilyPlan> family(String name) {
        return families.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
