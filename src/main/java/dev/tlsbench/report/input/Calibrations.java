package dev.tlsbench.report.input;

import dev.tlsbench.results.CalibrationFile;
import dev.tlsbench.results.PlanFile;
import dev.tlsbench.results.ResultFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The calibrations (scripts/calibrate: the quick profile's timing against the full policy, back to
 * back) that speak for a run, so the headline can link the one that says how far its numbers are
 * from the full policy's, or say there is none. Looked for where they are kept: in the run's
 * directory, beside it (scripts/calibrate writes results/calibration_*), and in the repository's
 * committed ones (docs/calibration/*, when the run lies in the repository's results/).
 *
 * <p>A calibration speaks for a run when the run is of the quick profile and every timing it
 * calibrated is one the run planned for that family: a calibration of another design (one fork
 * instead of two, other warmups) says nothing about this run's numbers.
 */
public final class Calibrations {

    /** One calibration: the page to link (its calibration.md, else the calibration.json) and how many sampled cells were faithful. */
    public record Calibration(Path page, int cells, int faithful) {
    }

    /**
     * @param matching  the calibrations of this run's profile and timings, nearest first
     * @param elsewhere how many calibrations were found that calibrate another timing
     */
    public record Found(List<Calibration> matching, int elsewhere) {
    }

    private Calibrations() {
    }

    public static Found of(JvmRun run) {
        List<Calibration> matching = new ArrayList<>();
        int elsewhere = 0;
        for (Path json : candidates(run.dir())) {
            CalibrationFile c = JsonInput.typed(() -> ResultFiles.readCalibration(json));
            if (speaksFor(c, run.plan())) {
                int faithful = (int) c.cells().stream().filter(e -> Boolean.TRUE.equals(e.passed())).count(); // passed both conditions (schema 6)
                Path md = json.resolveSibling("calibration.md");
                matching.add(new Calibration(Files.isRegularFile(md) ? md : json, c.cells().size(), faithful));
            } else {
                elsewhere++;
            }
        }
        return new Found(List.copyOf(matching), elsewhere);
    }

    /** A quick run whose planned (family, timing) pairs include every one the calibration measured. */
    static boolean speaksFor(CalibrationFile c, RunPlan plan) {
        if (!plan.profile().equals("quick") || c.cells().isEmpty()) {
            return false;
        }
        Set<String> planned = new HashSet<>();
        for (PlanFile.TimingPart t : plan.timings()) {
            planned.add(t.family() + " " + t.timing());
        }
        return c.cells().stream().allMatch(e -> planned.contains(e.family() + " " + e.quickTiming()));
    }

    /** calibration.json files: in the run's directory, in calibration* directories beside it, then docs/calibration/* of its repository. */
    private static List<Path> candidates(Path runDir) {
        List<Path> out = new ArrayList<>();
        Path dir = runDir.toAbsolutePath().normalize();
        addIfFile(out, dir.resolve("calibration.json"));
        Path parent = dir.getParent();
        if (parent != null) {
            subdirs(dir, "calibration").forEach(d -> addIfFile(out, d.resolve("calibration.json")));
            subdirs(parent, "calibration").forEach(d -> addIfFile(out, d.resolve("calibration.json")));
            Path committed = parent.getFileName() != null && parent.getFileName().toString().equals("results") && parent.getParent() != null
                    ? parent.getParent().resolve("docs").resolve("calibration") : null;
            if (committed != null) {
                subdirs(committed, "").forEach(d -> addIfFile(out, d.resolve("calibration.json")));
            }
        }
        return out;
    }

    private static List<Path> subdirs(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void addIfFile(List<Path> out, Path p) {
        if (Files.isRegularFile(p)) {
            out.add(p);
        }
    }
}
