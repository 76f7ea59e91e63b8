package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.analysis.Winner;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.ReportInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shareable headline picture holds exactly the decided comparisons of every JVM, each at its
 * ratio (fastest / next fastest) with its interval, in the winner's colour, and no undecided one.
 */
class HeadlineImageTest {

    @TempDir
    Path tmp;

    @Test
    void exactlyTheDecidedAnswersAtTheirRatios() {
        List<JvmRun> runs = Fixtures.load(Fixtures.handmade(tmp));
        ReportInputs in = new ReportInputs(runs, false, runs.get(0), runs.get(0).dir());
        ChartModel m = HeadlineImage.of(in).orElseThrow();
        assertEquals("headline", m.id());
        List<String> expected = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        for (JvmRun r : runs) {
            for (Question q : Question.winners(r)) {
                Winner w = Winner.of(r, q);
                if (w.best().isEmpty() || w.verdict().isEmpty()) {
                    continue;
                }
                String row = r.id() + " · " + q.text();
                if (!w.decided()) {
                    undecided.add(row);
                    continue;
                }
                expected.add(row);
                Ratio ratio = w.verdict().get();
                int at = indexStartingWith(m.x().tickLabels(), row);
                ChartModel.Point p = m.series().stream().flatMap(s -> s.points().stream()).filter(x -> x.x() == at).findFirst().orElseThrow();
                assertEquals(ratio.value(), p.y(), 1e-12, row);
                assertEquals(ratio.lo(), p.lo(), 1e-12, row);
                assertEquals(ratio.hi(), p.hi(), 1e-12, row);
                String owner = w.best().get().owner();
                assertTrue(m.series().stream().filter(s -> s.colorKey().equals(owner)).anyMatch(s -> s.points().contains(p)),
                        row + " drawn in the winner's colour");
            }
        }
        assertFalse(expected.isEmpty(), "the fixture decides some questions");
        assertFalse(undecided.isEmpty(), "the fixture leaves some undecided");
        assertEquals(expected.size(), m.x().tickLabels().size(), m.x().tickLabels().toString());
        for (String u : undecided) {
            assertEquals(-1, indexStartingWith(m.x().tickLabels(), u), "undecided, not drawn: " + u);
        }
        assertTrue(m.caption().get(0).startsWith("Decided at 95% ("), m.caption().get(0));
    }

    private static int indexStartingWith(List<String> labels, String prefix) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).startsWith(prefix + ":")) {
                return i;
            }
        }
        return -1;
    }
}
