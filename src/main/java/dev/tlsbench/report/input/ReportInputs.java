package dev.tlsbench.report.input;

import java.nio.file.Path;
import java.util.List;

/** The runs of a report, the one the others are compared with, and where the report goes. */
public record ReportInputs(List<JvmRun> runs, boolean multiDir, JvmRun baseline, Path out) {

    /** A link from the report to a file of a run's directory. */
    public String link(JvmRun run, String file) {
        return out.relativize(run.dir().resolve(file)).toString().replace('\\', '/');
    }
}
