package dev.tlsbench.report.chart;

import dev.tlsbench.report.input.CellStatus;
import dev.tlsbench.report.input.GateSeverity;
import dev.tlsbench.results.OwnerFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * What one chart shows, independent of how it is drawn: the renderer draws it, the HTML report
 * writes its data table, the tests check it. A cell without a value is never a zero: it is a
 * {@link Mark} with its state and a footnote; a value whose evidence is weak carries a mark too.
 *
 * @param id        short file name without extension, e.g. "jdk17-record-seal-aes-128-gcm"
 * @param x         the category or numeric axis (horizontal unless {@code horizontal})
 * @param horizontal categories run down the chart and values across (forest plots of ratios)
 * @param footnotes numbered one-liners the marks refer to ("[1] ..."), full reasons are in the HTML
 * @param caption   lines under the chart: machine, CPU flags and VM flags that matter, profile, error bars
 */
public record ChartModel(String id, String title, String subtitle, XAxis x, YAxis y, boolean horizontal, List<Series> series,
                  List<Mark> marks, List<Reference> references, List<String> footnotes, List<String> caption) {

    /** The axis along which cells are laid out: categories (index positions) or numbers. */
    public record XAxis(String label, boolean categorical, boolean log, List<Double> ticks, List<String> tickLabels) {

        static XAxis categories(String label, List<String> names) {
            List<Double> at = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                at.add((double) i);
            }
            return new XAxis(label, true, false, at, List.copyOf(names));
        }
    }

    /** The value axis. {@code scale} LOG2 is for ratios (ticks at powers of two), LOG10 for values spanning decades. */
    public record YAxis(String label, Scale scale) {
    }

    enum Scale { LINEAR, LOG10, LOG2 }

    enum LineStyle { SOLID, DASH, DOT, NONE }

    /**
     * How a series' markers are drawn: filled, or hollow (a second kind of the same owner, e.g. a
     * second buffer kind), or hollow and larger (a third), so markers alone tell series apart where
     * no line joins them.
     */
    enum Fill { FILLED, HOLLOW, HOLLOW_LARGE }

    /**
     * One owner's (or run's) points in a fixed color.
     *
     * @param colorKey owner name for {@link Palette} (or a run label for comparisons)
     * @param line     the line joining the points, NONE where a line would claim values between them
     *                 that were not measured (two record sizes)
     * @param fill     how its markers are drawn
     * @param faint    drawn thin and light (single forks behind their mean)
     */
    public record Series(String name, String colorKey, OwnerFacts look, LineStyle line, Fill fill, boolean faint, boolean inLegend,
                         List<Point> points) {
    }

    /**
     * A value at a position, with its interval (NaN ends: no error estimate).
     *
     * @param cellKey the cell it shows (for tests and tables), or "" for derived points
     */
    public record Point(double x, double y, double lo, double hi, String cellKey) {
    }

    /** What a mark says; the five cell states, then marks on values that are not findings. */
    public enum MarkKind {
        FAILED("✕", "FAILED"),
        PENDING("…", "pending (not run)"),
        UNSUPPORTED("∅", "unsupported"),
        HARNESS_LIMIT("⊘", "harness limit"),
        NOT_IN_PROFILE("·", "not in this profile"),
        NOT_STEADY("~", "not steady"),
        WEAK("?", "too little evidence or imprecise"),
        GATE("!", "correctness gate: can matter in TLS"),
        GATE_LENIENT("†", "correctness gate: no TLS weakness");

        private final String symbol;
        private final String label;

        MarkKind(String symbol, String label) {
            this.symbol = symbol;
            this.label = label;
        }

        public String symbol() {
            return symbol;
        }

        String label() {
            return label;
        }

        /** The mark of a correctness-gate finding: "!" for one that can matter in TLS, "†" for the rest. */
        public static MarkKind of(GateSeverity s) {
            return s == GateSeverity.SECURITY ? GATE : GATE_LENIENT;
        }

        static MarkKind of(CellStatus s) {
            return switch (s) {
                case FAILED -> FAILED;
                case PENDING -> PENDING;
                case UNSUPPORTED -> UNSUPPORTED;
                case HARNESS_LIMIT -> HARNESS_LIMIT;
                case NOT_IN_PROFILE -> NOT_IN_PROFILE;
                case MEASURED -> throw new IllegalArgumentException("a measured cell has a value, not a state mark");
            };
        }
    }

    /**
     * A mark at a position: on a missing value (y NaN: drawn at the foot of the axis) or next to a
     * drawn one, of the series named {@code series}. {@code footnote} is the 1-based number of its line in {@link #footnotes()}.
     */
    public record Mark(MarkKind kind, double x, double y, String colorKey, String series, int footnote, String cellKey) {
    }

    /**
     * A reference drawn over the data: a line across the chart at a value (ratio = 1), or points
     * (the native OpenSSL rate at the sizes it measured).
     */
    public record Reference(String label, double lineAt, List<Point> points) {
    }

    long count(MarkKind kind) {
        return marks.stream().filter(m -> m.kind() == kind).count();
    }

    Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name + " in " + id + "; have "
                        + series.stream().map(Series::name).toList()));
    }
}
