package dev.tlsbench.report.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The state marks of a chart, drawn over its plot: a symbol and its footnote number (as text), at
 * the foot of the value axis where a value is missing (several at one place stack), or beside a
 * value that is not a finding (a not-steady value also gets a ring).
 */
final class StateMarks extends AbstractXYAnnotation {

    private final ChartModel m;

    StateMarks(ChartModel m) {
        this.m = m;
    }

    @Override
    public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis positions, ValueAxis values, int renderer, PlotRenderingInfo info) {
        Map<String, Integer> stacked = new HashMap<>();
        for (ChartModel.Mark mk : m.marks()) {
            double pos = positions.valueToJava2D(mk.x(), area, plot.getDomainAxisEdge());
            boolean missing = Double.isNaN(mk.y());
            double v = missing ? Double.NaN : values.valueToJava2D(mk.y(), area, plot.getRangeAxisEdge());
            double x = m.horizontal() ? (missing ? area.getMinX() : v) + 6 : pos + (missing ? -4 : 6);
            double y = m.horizontal() ? pos + (missing ? 5 : -5) : missing ? area.getMaxY() - 6 : v - 5;
            g.setColor(ChartStyle.markColor(mk.kind()));
            if (mk.kind() == ChartModel.MarkKind.NOT_STEADY) {
                g.setStroke(new BasicStroke(1.3f));
                g.draw(new Ellipse2D.Double((m.horizontal() ? v : pos) - 7, (m.horizontal() ? pos : v) - 7, 14, 14));
            }
            int k = stacked.merge(Math.round(x) + "," + Math.round(y), 1, Integer::sum) - 1;
            x += k * (missing && !m.horizontal() ? 0 : 24); // a symbol and its footnote number fit in 24 px
            y -= missing && !m.horizontal() ? k * 14 : 0;
            g.setFont(ChartStyle.MARK);
            g.drawString(mk.kind().symbol(), (float) x, (float) y);
            float numberAt = (float) x + g.getFontMetrics().stringWidth(mk.kind().symbol()) + 1;
            g.setFont(ChartStyle.SUP);
            g.drawString(String.valueOf(mk.footnote()), numberAt, (float) y - 5);
        }
    }
}
