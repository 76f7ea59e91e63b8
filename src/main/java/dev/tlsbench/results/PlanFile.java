package dev.tlsbench.results;

import java.util.List;
import java.util.Optional;

/**
 * plan.json: what a run set out to measure, so that a result directory explains itself. The report
 * knows a benchmark family only through its {@link FamilyDescriptor} here.
 *
 * @param schema             {@link Schema#CURRENT} when written
 * @param profile            the profile's command-line name (quick, full, smoke ...)
 * @param profileDescription what the profile is for, for people
 * @param families           every selected family's descriptor
 * @param timings            per family and JMH timing, how many cells of one JVM have it
 * @param cellsPerJvm        how many cells the run planned on each JVM
 * @param rounds             how many rounds the plan has: round i runs fork i of every cell that has one
 * @param budgetSeconds      the time budget per JVM (environment probes included) within which the run adds
 *                           forks to cells whose estimate is still imprecise; null when it adds none
 */
public record PlanFile(int schema, String profile, String profileDescription, List<FamilyDescriptor> families,
                       List<TimingPart> timings, int cellsPerJvm, Integer rounds, Long budgetSeconds) {

    /** One JMH timing of a family's cells ("-f 1 -wi 0 -w 0ms -i 3 -r 100ms"), and how many cells have it. */
    public record TimingPart(String family, String timing, int cells) {
    }

    public PlanFile {
        families = families == null ? List.of() : List.copyOf(families);
        timings = timings == null ? List.of() : List.copyOf(timings);
    }

    public Optional<FamilyDescriptor> family(String name) {
        return families.stream().filter(f -> f.name() != null && f.name().equals(name)).findFirst();
    }
}
