package dev.tlsbench.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, as written between the quotes (escapes left as they are),
 * skipping comments and char literals: enough of Java's lexical rules to tell a constant named in
 * code from one named in a comment. Text blocks count as one literal each.
 */
final class JavaStringLiterals {

    /** A literal and the line it starts on. */
    record Literal(int line, String text) {
    }

    private JavaStringLiterals() {
    }

    static List<Literal> of(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? src.length() : end;
                out.add(new Literal(line, src.substring(i + 3, end)));
                line += count(src, i, end);
                i = Math.min(src.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(line, src.substring(i + 1, Math.min(j, src.length()))));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
