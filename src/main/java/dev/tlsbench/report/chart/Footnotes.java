package dev.tlsbench.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbered notes under a chart. Marks with the same kind and reason share one note, which lists
 * where they are ("ACCP at 1350, 16 KiB"), so ten unsupported cells cost one note, not ten; FAILED
 * and pending notes come first. A note is never cut: the chart wraps it over as many lines as it
 * takes. Only a reason's parenthesised details (an exception's provider/algorithm list, a cell's own
 * ±%, so that cells with the same reason share a note) and a stack trace's further lines stay out
 * of it: the HTML and the cell's log have them.
 */
public final class Footnotes {

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

    /**
     * The first line of a reason in full, without its parenthesised details ("(AmazonCorrettoCryptoProvider/X25519:
     * NoSuchAlgorithmException ...)", "(±16%)"); what follows a detail stays ("...; ACCP has no XDH").
     */
    public static String oneLine(String reason) {
        String s = reason == null ? "" : reason.strip();
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl).strip();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(" (", i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            int close = closing(s, open + 1);
            out.append(s, i, open);
            i = close;
        }
        return out.toString().strip();
    }

    /** The index after the parenthesis that closes the one at {@code open} (nested ones counted), or the end of a cut-off reason. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
