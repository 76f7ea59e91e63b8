package dev.tlsbench.run;

import dev.tlsbench.results.CalibrationFile;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * One JVM's calibration at a glance: precision (how wide the quick intervals are: the half-widths'
 * median, 90th percentile and maximum) besides accuracy (where quick/full lies) and how many cells
 * passed. Quantiles are Commons Math's ({@link DescriptiveStatistics#getPercentile}, its default
 * estimator), over the cells measured under both timings.
 */
final class CalibrationSummary {

    private CalibrationSummary() {
    }

    /** @param sampled the part's cells on this JVM, measured or not; {@code checks} those measured under both timings */
    static CalibrationFile.Summary of(String jvm, int sampled, List<CalibrationCheck> checks) {
        int passed = (int) checks.stream().filter(CalibrationCheck::passed).count();
        return new CalibrationFile.Summary(jvm, sampled, checks.size(), passed,
                distribution(checks.stream().filter(c -> c.quick().hasInterval()).mapToDouble(c -> c.quick().halfWidth()).toArray()),
                distribution(checks.stream().mapToDouble(c -> c.ratio().value()).toArray()));
    }

    static CalibrationFile.Distribution distribution(double[] values) {
        if (values.length == 0) {
            return new CalibrationFile.Distribution(0, null, null, null, null);
        }
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        return new CalibrationFile.Distribution(values.length, d.getMin(), d.getPercentile(50), d.getPercentile(90), d.getMax());
    }

    /** "jdk17: 30 sampled, 29 measured, 27 passed; quick ±: median 2.1%, p90 6.3%, max 11.0%; quick/full 0.962 / 1.004 / 1.061 (min / median / max)". */
    static String text(CalibrationFile.Summary s) {
        String head = String.format(Locale.ROOT, "%s: %d sampled, %d measured under both timings, %d passed", s.jvm(), s.sampled(),
                s.measured(), s.passed());
        CalibrationFile.Distribution w = s.quickHalfWidth();
        CalibrationFile.Distribution r = s.ratio();
        if (w.n() == 0 || r.n() == 0) {
            return head;
        }
        return head + String.format(Locale.ROOT, "; precision, quick interval half-width: median ±%.1f%%, p90 ±%.1f%%, max ±%.1f%%"
                        + "; accuracy, quick/full: min %.3f, median %.3f, p90 %.3f, max %.3f",
                100 * w.median(), 100 * w.p90(), 100 * w.max(), r.min(), r.median(), r.p90(), r.max());
    }
}
