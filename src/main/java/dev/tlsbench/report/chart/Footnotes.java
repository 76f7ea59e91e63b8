package dev.tlsbench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbered one-line notes under a chart. Marks with the same kind and reason share one note,
 * which lists where they are ("ACCP at 1350, 16 KiB"), so ten unsupported cells cost one line,
 * not ten; FAILED and pending notes come first. Long reasons are cut to one line here: the HTML
 * lists them in full.
 */
public final class Footnotes {

    /** A note's reason is cut here (about one line of a chart's width). */
    static final int MAX_REASON = 110;

    private record Key(ChartModel.MarkKind kind, String reason) {
    }

    /** Per note: who (owner) to where (x values). */
    private final Map<Key, Map<String, Set<String>>> notes = new LinkedHashMap<>();

    /** Adds a mark's note: {@code who} (an owner) at {@code at} (an x value, or "" for the whole chart). */
    void add(ChartModel.MarkKind kind, String reason, String who, String at) {
        notes.computeIfAbsent(new Key(kind, oneLine(reason)), k -> new LinkedHashMap<>())
                .computeIfAbsent(who, w -> new LinkedHashSet<>()).add(at);
    }

    /** The 1-based number of the note for this kind and reason, in {@link #numbered()} order. */
    int number(ChartModel.MarkKind kind, String reason) {
        List<Key> keys = order();
        return keys.indexOf(new Key(kind, oneLine(reason))) + 1;
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    /** "[1] ✕ FAILED: IllegalStateException: proof failed — JDK at 1350, 16 KiB; BC at 64". */
    List<String> numbered() {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (Key k : order()) {
            String reason = k.reason().isEmpty() ? "" : ": " + k.reason();
            List<String> where = new ArrayList<>();
            notes.get(k).forEach((who, at) -> where.add(at.contains("") ? who : who + " at " + String.join(", ", at)));
            out.add("[" + ++n + "] " + k.kind().symbol() + " " + k.kind().label() + reason + " — " + String.join("; ", where));
        }
        return out;
    }

    private List<Key> order() {
        List<Key> keys = new ArrayList<>(notes.keySet());
        keys.sort(Comparator.comparingInt(k -> k.kind().ordinal()));
        return keys;
    }

    /** The first line of a reason, without the exception detail in parentheses, cut to {@link #MAX_REASON}. */
    public static String oneLine(String reason) {
        String s = reason == null ? "" : reason.strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl).strip();
        }
        int paren = s.indexOf(" (");
        if (paren >= 8) {
            s = s.substring(0, paren);
        }
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1).strip() + "…";
    }
}
