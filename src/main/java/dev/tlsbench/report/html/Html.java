package dev.tlsbench.report.html;

import dev.tlsbench.report.input.CellStatus;
import java.util.List;

/** A small HTML writer: escaping and the few elements the report uses, so sections read as structure. */
public final class Html {

    private final StringBuilder h = new StringBuilder();

    public static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Appends raw HTML. */
    Html raw(String s) {
        h.append(s);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        h.append(esc(s));
        return this;
    }

    Html heading(int level, String id, String text) {
        h.append("<h").append(level).append(id.isEmpty() ? "" : " id=\"" + esc(id) + "\"").append('>').append(esc(text))
                .append("</h").append(level).append(">\n");
        return this;
    }

    Html p(String text) {
        h.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A paragraph with a class, e.g. a note or a warning. */
    Html p(String cls, String text) {
        h.append("<p class=\"").append(cls).append("\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /** Starts a table; without any header text (a key-value table) it has no header row. */
    Html tableStart(String cls, List<String> headers) {
        h.append("<table").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(">");
        if (headers.stream().anyMatch(x -> !x.isEmpty())) {
            h.append("<tr>");
            headers.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
            h.append("</tr>");
        }
        h.append("\n");
        return this;
    }

    Html tableEnd() {
        h.append("</table>\n");
        return this;
    }

    /** A row of escaped cells; {@code cls} for the row (e.g. "FAILED"), or "". */
    Html row(String cls, List<String> cells) {
        h.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
        cells.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
        h.append("</tr>\n");
        return this;
    }

    /** A table cell with a class and a tooltip; {@code html} is already HTML. */
    static String td(String cls, String title, String html) {
        return "<td" + (cls.isEmpty() ? "" : " class=\"" + cls + "\"") + (title.isEmpty() ? "" : " title=\"" + esc(title) + "\"") + ">"
                + html + "</td>";
    }

    /** The CSS class of a cell status: its label without spaces ("harness-limit"). */
    static String cls(CellStatus s) {
        return "st-" + s.label().replace(' ', '-');
    }

    @Override
    public String toString() {
        return h.toString();
    }
}
