package dev.tlsbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What one chart shows, independent of how it is drawn: the renderer draws it, the HTML report
 * turns it into a data table, and the tests check it. Unsupported or missing combinations are in
 * {@link #notes()} ("n/a ...", "no result ..."), never a zero value.
 *
 * @param id         file name without extension, e.g. "jdk17-record-AES_128_GCM-seal"
 * @param categories the x axis of a CATEGORY chart (series values align with it); empty for XY
 */
public record ChartModel(String id, String title, String caption, Kind kind, String xLabel, String yLabel,
                         boolean logX, boolean logY, List<String> categories, List<Series> series, List<String> notes) {

    public enum Kind { XY, CATEGORY }

    /** How an XY line is drawn, so e.g. buffer kinds differ while the owner's color stays. */
    public enum Line { SOLID, DASH, DOT }

    /** Draws as a line (XY) or a bar (CATEGORY) in the owner's fixed color; null y = no value. */
    public record Series(String name, String owner, Line line, List<Double> x, List<Double> y, List<Double> error) {

        public boolean hasValue() {
            return y.stream().anyMatch(v -> v != null);
        }
    }

    /** The series named {@code name}, for tests and tables. */
    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name + " in " + id + "; have "
                        + series.stream().map(Series::name).toList()));
    }

    /** Builder for category charts: values are set per (series, category); gaps stay null. */
    public static final class CategoryBuilder {
        private final List<String> categories;
        private final List<Series> series = new ArrayList<>();

        public CategoryBuilder(List<String> categories) {
            this.categories = List.copyOf(categories);
        }

        public void add(String name, String owner, List<Double> values, List<Double> errors) {
            List<Double> x = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                x.add((double) i);
            }
            series.add(new Series(name, owner, Line.SOLID, x, values, errors));
        }

        public List<String> categories() { return categories; }
        public List<Series> series() { return series; }
    }
}
