package dev.tlsbench.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JMH timing as plan.json and cells.json write it ("-f 1 -wi 4 -w 1000ms -i 4 -r 1000ms"), read
 * back and said for people ("1 fork: 4 x 1 s warmup, 4 x 1 s measured").
 */
record TimingText(int forks, int warmupIterations, long warmupMillis, int iterations, long iterationMillis) {

    private static final Pattern FLAGS = Pattern.compile(
            "-f (\\d+) -wi (\\d+) -w (\\d+)ms -i (\\d+) -r (\\d+)ms");

    /** The timing, or null when the text is not one (the report then shows the text as it is). */
    static TimingText parse(String s) {
        Matcher m = FLAGS.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            return null;
        }
        return new TimingText(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)),
                Integer.parseInt(m.group(4)), Long.parseLong(m.group(5)));
    }

    static String human(String s) {
        TimingText t = parse(s);
        return t == null ? s : t.human();
    }

    String human() {
        String warm = warmupIterations == 0 ? "no warmup" : warmupIterations + " x " + seconds(warmupMillis) + " warmup";
        return forks + (forks == 1 ? " fork: " : " forks: ") + warm + ", " + iterations + " x " + seconds(iterationMillis) + " measured";
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%d ms", ms);
    }
}
