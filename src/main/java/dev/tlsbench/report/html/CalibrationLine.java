package dev.tlsbench.report.html;

import dev.tlsbench.report.input.Calibrations;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline's line on how far the run's profile is from the full policy: a link to each
 * calibration of this run's profile and timings with how many of its sampled cells were faithful,
 * or "no calibration committed for this run's profile" (saying so is better than saying nothing).
 * One line per result directory.
 */
final class CalibrationLine {

    /** Text, then a link ({@code href} relative to the report, empty for none). */
    record Part(String text, String href, String linkText) {
    }

    private CalibrationLine() {
    }

    static List<List<Part>> of(ReportInputs in) {
        Map<Path, JvmRun> dirs = new LinkedHashMap<>();
        in.runs().forEach(r -> dirs.putIfAbsent(r.dir(), r));
        List<List<Part>> lines = new ArrayList<>();
        for (JvmRun run : dirs.values()) {
            String prefix = dirs.size() > 1 ? run.dir().getFileName() + ": " : "";
            Calibrations.Found found = Calibrations.of(run);
            List<Part> line = new ArrayList<>();
            if (found.matching().isEmpty()) {
                line.add(new Part(prefix + "No calibration committed for this run's profile (" + run.plan().profile() + " at the timings it planned)"
                        + (found.elsewhere() == 0 ? "" : "; the " + found.elsewhere() + " calibrations found measured other timings")
                        + ": scripts/calibrate measures the profile's cells against the full policy.", "", ""));
            } else {
                line.add(new Part(prefix + "Calibration of this run's profile (its cells under the profile's timing and under the full policy, back to back): ", "", ""));
                for (int i = 0; i < found.matching().size(); i++) {
                    Calibrations.Calibration c = found.matching().get(i);
                    String href = in.out().toAbsolutePath().normalize().relativize(c.page()).toString().replace('\\', '/');
                    line.add(new Part(i == 0 ? "" : "; ", href, href));
                    line.add(new Part(", " + c.faithful() + " of " + c.cells() + " sampled cells (of every JVM it ran) passed", "", ""));
                }
                line.add(new Part(".", "", ""));
            }
            lines.add(line);
        }
        return lines;
    }

    static void html(Html h, ReportInputs in) {
        for (List<Part> line : of(in)) {
            StringBuilder sb = new StringBuilder("<p class=\"note calibration\">");
            for (Part p : line) {
                sb.append(Html.esc(p.text()));
                if (!p.href().isEmpty()) {
                    sb.append("<a href=\"").append(Html.esc(p.href())).append("\">").append(Html.esc(p.linkText())).append("</a>");
                }
            }
            h.raw(sb.append("</p>\n").toString());
        }
    }

    static String md(ReportInputs in) {
        StringBuilder sb = new StringBuilder();
        for (List<Part> line : of(in)) {
            for (Part p : line) {
                sb.append(p.text());
                if (!p.href().isEmpty()) {
                    sb.append('[').append(p.linkText()).append("](").append(p.href().replace(" ", "%20")).append(')');
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }
}
