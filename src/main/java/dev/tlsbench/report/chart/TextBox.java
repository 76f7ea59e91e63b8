package dev.tlsbench.report.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measuring and wrapping for charts, with the fonts charts use. Measured once on an image
 * graphics, so the PNG and the SVG (whose text stays text) get the same layout.
 */
final class TextBox {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font MARK = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SUP = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

    private static final Graphics2D SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    private TextBox() {
    }

    static synchronized int width(Font f, String s) {
        return metrics(f).stringWidth(s);
    }

    static synchronized FontMetrics metrics(Font f) {
        return SCRATCH.getFontMetrics(f);
    }

    /** Words of {@code s} in lines no wider than {@code width}; at most {@code maxLines}, the last cut with "…". */
    static List<String> wrap(Font f, String s, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(f, candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String l = lines.get(i);
            boolean last = i == maxLines - 1 && lines.size() > maxLines;
            out.add(cut(f, last ? l + "…" : l, width));
        }
        return out;
    }

    /** {@code s} cut to {@code width}, ending in "…" when it was cut. */
    static String cut(Font f, String s, int width) {
        if (width(f, s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(f, t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
