package dev.tlsbench.run;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Which quick cells one calibration run measures: part {@code part} of {@code parts} of the whole
 * selection (every cell of the quick profile unless --families/--param/--methods narrow it), in an
 * order the seed shuffles.
 *
 * <p>The design, a seeded rotation: the seed shuffles every cell of the selection into one order
 * (the keys sorted first, so the order depends on the seed and the cells, not on the plan's order;
 * then Commons Math's Fisher-Yates over a Well19937c seeded with it), and part K of N takes the
 * cells at positions K-1, K-1+N, K-1+2N ... of that order. Why:
 * <ul>
 * <li>Not a fixed sample (the old design took the ends of each family's list, always the same
 *     cells, and the timings were then tuned to exactly those): nobody knows which cells a run will
 *     measure before its seed is drawn, from the clock by default, so a timing cannot be fitted to
 *     them. The seed is printed at the start and recorded in calibration.json and calibration.md,
 *     so any run can be repeated cell for cell.
 * <li>A rotation rather than independent draws: independent random quarters cover a given cell only
 *     in expectation (after 10 runs a cell is still unvisited with probability 0.75^10, about 6%),
 *     while parts 1/N ... N/N of one seed partition the selection, so N runs with the same seed
 *     calibrate every cell exactly once (while the selection is unchanged: calibration.json records
 *     its size). Each part alone is still a uniform random sample of the selection, so the default,
 *     part 1 of 4 under a fresh seed, is a random quarter. {@code --rotate 1/1} is every cell.
 * </ul>
 * Bad input names the valid form: {@code --seed} a whole number from 0 to {@link Long#MAX_VALUE},
 * {@code --rotate} K/N with 1 &lt;= K &lt;= N &lt;= {@link #MAX_PARTS}, and N not above the cells selected.
 *
 * @param seed  the shuffle's seed
 * @param part  K, from 1
 * @param parts N
 */
public record CalibrationSample(long seed, int part, int parts) {

    /** The default rotation: a quarter of the selection per run (10 of the 40 quick cells of a JDK when this was written). */
    static final int DEFAULT_PARTS = 4;

    /** More parts than this is a typo, not a design (the whole quick profile has 40 cells per JDK when this was written). */
    static final int MAX_PARTS = 10_000;

    private static final Pattern ROTATE = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    private static final Pattern SEED = Pattern.compile("\\d{1,19}");
    private static final DateTimeFormatter CLOCK_SEED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public CalibrationSample {
        if (seed < 0 || part < 1 || part > parts || parts > MAX_PARTS) {
            throw new IllegalArgumentException("seed " + seed + ", part " + part + "/" + parts + ": " + rotateForm(part + "/" + parts));
        }
    }

    /**
     * From the command line's {@code --seed} and {@code --rotate} texts (null when not given): the
     * seed defaults to {@code now} as yyyyMMddHHmmss, the rotation to 1/{@value #DEFAULT_PARTS}.
     */
    static CalibrationSample parse(String seed, String rotate, LocalDateTime now) {
        long s = seed == null ? Long.parseLong(CLOCK_SEED.format(now)) : parseSeed(seed);
        if (rotate == null) {
            return new CalibrationSample(s, 1, DEFAULT_PARTS);
        }
        Matcher m = ROTATE.matcher(rotate);
        if (!m.matches()) {
            throw new UsageException(rotateForm(rotate));
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (k < 1 || k > n || n > MAX_PARTS) {
            throw new UsageException(rotateForm(rotate));
        }
        return new CalibrationSample(s, k, n);
    }

    private static long parseSeed(String text) {
        if (SEED.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooBig) {
                // falls through to the refusal
            }
        }
        throw new UsageException("--seed takes a whole number from 0 to " + Long.MAX_VALUE
                + ", e.g. --seed 20261130154512 (the seed a calibration printed), not '" + text + "'");
    }

    private static String rotateForm(String got) {
        return "--rotate takes K/N, part K of N of the seed's order with 1 <= K <= N <= " + MAX_PARTS
                + ", e.g. --rotate 2/4 (the second quarter) or --rotate 1/1 (every cell), not '" + got + "'";
    }

    /**
     * This part's cells of {@code cells}, in their given order. Refuses N above the number of cells
     * (a part would be empty: no rotation of them could need it).
     */
    <T> List<T> pick(List<T> cells, Function<T, String> key) {
        if (parts > cells.size()) {
            throw new UsageException("--rotate " + part + "/" + parts + ": the selection has " + cells.size() + " cell"
                    + (cells.size() == 1 ? "" : "s") + ", so N must be at most " + cells.size());
        }
        int[] order = IntStream.range(0, cells.size()).boxed().sorted(Comparator.comparing(i -> key.apply(cells.get(i))))
                .mapToInt(Integer::intValue).toArray();
        MathArrays.shuffle(order, new Well19937c(seed));
        boolean[] chosen = new boolean[cells.size()];
        for (int pos = part - 1; pos < order.length; pos += parts) {
            chosen[order[pos]] = true;
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (chosen[i]) {
                out.add(cells.get(i));
            }
        }
        return out;
    }

    /** "K/N", as --rotate takes it. */
    String rotation() {
        return part + "/" + parts;
    }

    /** The options that repeat this sample: "--seed 20261130154512 --rotate 1/4". */
    String repeat() {
        return "--seed " + seed + " --rotate " + rotation();
    }
}
