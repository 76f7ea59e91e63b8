package dev.tlsbench.report.chart;

import java.util.List;

/** A mark before its footnote is numbered (numbers are known once every note of the chart is in). */
record MarkDraft(ChartModel.MarkKind kind, String reason, double x, double y, String owner, String series, String cellKey) {

    ChartModel.Mark number(Footnotes notes) {
        return new ChartModel.Mark(kind, x, y, owner, series, notes.number(kind, reason), cellKey);
    }

    static List<ChartModel.Mark> numbered(List<MarkDraft> drafts, Footnotes notes) {
        return drafts.stream().map(d -> d.number(notes)).toList();
    }
}
