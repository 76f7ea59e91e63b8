package dev.tlsbench.run;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of scripts/calibrate (picocli): scripts/bench's selection, no profile (it is quick), --seed and --rotate. */
@Command(name = "scripts/calibrate", separator = " ", sortOptions = false, usageHelpWidth = 120,
        customSynopsis = {"scripts/calibrate [--jvm PATH]... [--families F,...] [--param NAME=V,...]... [--methods M,...]",
                "                         [--seed N] [--rotate K/N] [--out DIR]", ""},
        description = {"Is the quick profile faithful? Measures a random part of its cells (seeded; the seed is printed) under",
                "quick's timing and under the full policy, their forks interleaved, and judges each cell on 95%% intervals;",
                "writes calibration.md and calibration.json."},
        footer = {"", "A cell passes when the full score lies inside quick's interval and the quick/full interval inside [0.90, 1.10].",
                "Exit codes: 0 every sampled cell passed; 2 bad usage; 3 a cell did not (it is named). See docs/running.md."})
final class CalibrateCommand {

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    /** Only to refuse a profile with the reason (a bare "unexpected argument" would not say why). */
    @Parameters(hidden = true)
    List<String> profile = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N",
            description = "shuffles the selection into the order --rotate splits; repeat a run with the seed it printed "
                    + "(default: the date and time, yyyyMMddHHmmss)")
    String seed;

    @Option(names = "--rotate", paramLabel = "K/N",
            description = "calibrate part K of N of the seed's order; K = 1..N with the same seed covers every cell once "
                    + "(default 1/" + CalibrationSample.DEFAULT_PARTS + "; 1/1 is every cell)")
    String rotate;

    /** The old design's option: refused with what replaced it. */
    @Option(names = "--sample", hidden = true)
    String sample;

    @Option(names = "--help", usageHelp = true, description = "print this help")
    boolean help;

    static CalibrateCommand parse(List<String> args) {
        CalibrateCommand c = new CalibrateCommand();
        CommandLines.parse(c, args);
        if (c.sample != null) {
            throw new UsageException("--sample is gone: the sample is a seeded rotation now; every cell is --rotate 1/1, "
                    + "a part is --rotate K/N (see --help)");
        }
        if (!c.profile.isEmpty()) {
            throw new UsageException("calibrate compares the quick profile with the full policy: give no profile (got '"
                    + c.profile.get(0) + "')");
        }
        c.sample(LocalDateTime.now()); // refuses a bad --seed or --rotate before anything runs
        return c;
    }

    /** The sample --seed and --rotate ask for; {@code now} gives the seed when --seed is not given. */
    CalibrationSample sample(LocalDateTime now) {
        return CalibrationSample.parse(seed, rotate, now);
    }

    static String usage() {
        return CommandLines.usage(new CalibrateCommand(), List.of());
    }
}
