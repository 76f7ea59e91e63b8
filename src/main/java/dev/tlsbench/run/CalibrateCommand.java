package dev.tlsbench.run;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of scripts/calibrate (picocli): scripts/bench's selection, no profile (it is quick), and --sample. */
@Command(name = "scripts/calibrate", separator = " ", sortOptions = false, usageHelpWidth = 120,
        customSynopsis = {"scripts/calibrate [--jvm PATH]... [--families F,...] [--param NAME=V,...]... [--methods M,...]",
                "                         [--sample all] [--out DIR]", ""},
        description = {"Is the quick profile faithful? Measures a sample of its cells under quick's timing and under the",
                "full policy, back to back, and prints quick/full per cell; writes calibration.md and calibration.json."},
        footer = {"", "Exit codes: 0 every sampled cell within +-10%%; 2 bad usage; 3 a cell is not (it is named).",
                "See docs/running.md."})
final class CalibrateCommand {

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    /** Only to refuse a profile with the reason (a bare "unexpected argument" would not say why). */
    @Parameters(hidden = true)
    List<String> profile = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "all",
            description = "every quick cell (default: two per family and owner warmup class)")
    String sample;

    @Option(names = "--help", usageHelp = true, description = "print this help")
    boolean help;

    static CalibrateCommand parse(List<String> args) {
        CalibrateCommand c = new CalibrateCommand();
        CommandLines.parse(c, args);
        if (c.sample != null && !c.sample.equals("all")) {
            throw new UsageException("--sample takes 'all', not '" + c.sample
                    + "' (the default samples 2 cells per family and warmup class)");
        }
        if (!c.profile.isEmpty()) {
            throw new UsageException("calibrate compares the quick profile with the full policy: give no profile (got '"
                    + c.profile.get(0) + "')");
        }
        return c;
    }

    /** --sample all: every quick cell. */
    boolean all() {
        return sample != null;
    }

    static String usage() {
        return CommandLines.usage(new CalibrateCommand(), List.of());
    }
}
