package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.chart.ReportCharts;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import dev.tlsbench.results.CalibrationFile;
import dev.tlsbench.results.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline links the calibration of the run's profile (scripts/calibrate writes it beside the
 * run, in results/calibration_*), or says there is none; a calibration of other timings (the
 * committed ones of the one-fork design) is not passed off as this run's.
 */
class CalibrationLinkTest {

    @TempDir
    Path tmp;

    @Test
    void noCalibrationIsSaid() {
        ReportInputs in = Fixtures.inputs(Fixtures.load(Fixtures.handmade(tmp)));
        assertTrue(SummaryMd.render(in, false).contains("No calibration committed for this run's profile (quick at the timings it planned):"),
                SummaryMd.render(in, false));
        String html = HtmlReport.render(in, ReportCharts.of(in));
        int headline = html.indexOf("<section id=\"headline\">");
        int said = html.indexOf("No calibration committed for this run's profile");
        assertTrue(headline >= 0 && said > headline && said < html.indexOf("</section>", headline), "said in the headline section");
    }

    @Test
    void theCalibrationOfTheRunsTimingsIsLinkedFromTheHeadline() throws IOException {
        Path run = Fixtures.handmade(tmp);
        calibration(tmp.resolve("calibration_20261201-000000"), "-f 2 -wi 4 -w 1000ms -i 3 -r 1000ms", true, false);
        calibration(tmp.resolve("calibration_20261101-000000"), "-f 1 -wi 4 -w 1000ms -i 3 -r 700ms", true, true);
        ReportInputs in = Fixtures.inputs(Fixtures.load(run));

        String md = SummaryMd.render(in, false);
        assertTrue(md.contains("[../calibration_20261201-000000/calibration.md](../calibration_20261201-000000/calibration.md),"
                + " 1 of 2 sampled cells (of every JVM it ran) passed."), md);
        assertFalse(md.contains("calibration_20261101"), "a calibration of another timing is not this run's: " + md);
        String html = HtmlReport.render(in, ReportCharts.of(in));
        int headline = html.indexOf("<section id=\"headline\">");
        int link = html.indexOf("<a href=\"../calibration_20261201-000000/calibration.md\">");
        assertTrue(headline >= 0 && link > headline && link < html.indexOf("</section>", headline), "linked inside the headline section");
    }

    @Test
    void otherTimingsAreNamedButNotLinked() throws IOException {
        Path run = Fixtures.handmade(tmp);
        calibration(tmp.resolve("calibration_20261101-000000"), "-f 1 -wi 4 -w 1000ms -i 3 -r 700ms", true, true);
        String md = SummaryMd.render(Fixtures.inputs(Fixtures.load(run)), false);
        assertTrue(md.contains("No calibration committed for this run's profile (quick at the timings it planned); the 1 calibrations"
                + " found measured other timings"), md);
    }

    @Test
    void theCommittedCalibrationsOfTheFirstDesignAreRead() {
        // docs/calibration holds the first calibrations, a bare array of entries
        CalibrationFile c = ResultFiles.readCalibration(Path.of("docs/calibration/D2/calibration.json"));
        assertEquals(4, c.cells().size());
        assertEquals("-f 1 -wi 3 -w 1000ms -i 3 -r 2000ms", c.cells().get(0).quickTiming());
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        assertTrue(jdk17.plan().timings().stream().noneMatch(t -> t.timing().equals(c.cells().get(0).quickTiming())));
    }

    /** A calibration.json as scripts/calibrate writes it: two record cells at {@code timing}, faithful as given. */
    private static void calibration(Path dir, String timing, boolean firstFaithful, boolean secondFaithful) throws IOException {
        Files.createDirectories(dir);
        String entry = """
                {"jvm":"jdk17","family":"record","cell":"dev.tlsbench.record.AeadRecordBench.seal size=%s","quickTiming":"%s",
                 "fullTiming":"-f 2 -wi 5 -w 2000ms -i 5 -r 2000ms","quick":null,"full":null,"ratio":%s,"passed":%s}""";
        Files.writeString(dir.resolve("calibration.json"), "{\"schema\":6,\"cells\":[" + entry.formatted("1350", timing, "1.01", firstFaithful)
                + "," + entry.formatted("16384", timing, "1.2", secondFaithful) + "]}");
        Files.writeString(dir.resolve("calibration.md"), "# Calibration\n");
    }
}
