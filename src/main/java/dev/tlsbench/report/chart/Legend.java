package dev.tlsbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The legend above the plot: one entry per series (owner color, its marker shape, its line style),
 * the reference mark, and every kind of mark the chart uses, with its symbol.
 */
final class Legend {

    static final int ROW = 18;
    private static final int GAP = 18;

    /** One entry: a series (marker index >= 0), the reference (-1) or a mark kind (-2). */
    record Item(String label, Color color, int marker, ChartModel.LineStyle line, ChartModel.MarkKind mark) {

        int width() {
            return 26 + TextBox.width(TextBox.LEGEND, label);
        }
    }

    private Legend() {
    }

    static List<Item> items(ChartModel m) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ChartModel.Series s : m.series()) {
            if (s.inLegend() && !s.faint() && seen.add(s.name())) {
                items.add(new Item(s.name(), Palette.of(s.colorKey()), Plot.markerIndex(m, s.colorKey()), s.line(), null));
            }
        }
        for (ChartModel.Reference r : m.references()) {
            if (!r.points().isEmpty()) {
                items.add(new Item(r.label(), Color.BLACK, -1, ChartModel.LineStyle.DASH, null));
            }
        }
        for (ChartModel.MarkKind k : ChartModel.MarkKind.values()) {
            if (m.count(k) > 0) {
                items.add(new Item(k.label(), Plot.markColor(k), -2, ChartModel.LineStyle.NONE, k));
            }
        }
        return items;
    }

    static List<List<Item>> rows(List<Item> items, int width) {
        List<List<Item>> rows = new ArrayList<>();
        List<Item> row = new ArrayList<>();
        int used = 0;
        for (Item i : items) {
            if (!row.isEmpty() && used + i.width() > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(i);
            used += i.width() + GAP;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    static void paint(Graphics2D g, List<List<Item>> rows, int x0, int top) {
        int y = top;
        for (List<Item> row : rows) {
            int x = x0;
            for (Item i : row) {
                int cy = y + ROW / 2;
                if (i.mark() != null) {
                    ChartRenderer.text(g, TextBox.MARK, i.color(), i.mark().symbol(), x + 4, cy + 5);
                } else {
                    g.setColor(i.color());
                    if (i.line() != ChartModel.LineStyle.NONE) {
                        g.setStroke(Plot.stroke(i.line(), 1.6f));
                        g.draw(new Line2D.Double(x, cy, x + 20, cy));
                    }
                    g.setStroke(new BasicStroke(1.2f));
                    Plot.paintMarker(g, i.marker(), x + 10, cy, i.color());
                }
                ChartRenderer.text(g, TextBox.LEGEND, Color.DARK_GRAY, i.label(), x + 26, cy + 4);
                x += i.width() + GAP;
            }
            y += ROW;
        }
    }
}
