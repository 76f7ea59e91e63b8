package dev.tlsbench.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.input.JvmRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A footnote is never cut: a reason three chart-widths long, at a dozen places, is in the chart's
 * footnote whole and in its SVG whole (wrapped over several lines), and the image grows to hold it.
 */
class FootnotesInFullTest {

    private static final String LONG_REASON = "the stack refused this configuration at setup because its default key manager"
            + " chose no certificate for the signature schemes the client offered, which the harness records as a known"
            + " negotiation refusal rather than a failure; the same happens on every record size this provider was asked"
            + " to seal, and the reason is kept whole so a reader of the chart alone sees why the cell has no value at all";

    @TempDir
    Path tmp;

    @Test
    void aLongFootnoteIsWrittenInFullAndTheImageGrows() throws IOException {
        Footnotes notes = new Footnotes();
        for (int i = 1; i <= 12; i++) {
            notes.add(ChartModel.MarkKind.UNSUPPORTED, LONG_REASON + " (Conscrypt/X: NoSuchAlgorithmException no such algorithm)",
                    "Owner " + i, i * 1000 + " B");
        }
        String note = notes.numbered().get(0);
        assertTrue(note.contains(LONG_REASON), note);
        assertTrue(!note.contains("NoSuchAlgorithmException"), "an exception's detail stays in the HTML: " + note);
        assertTrue(note.endsWith("Owner 12 at 12000 B"), note);

        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        ChartModel base = Fixtures.chart(FamilyCharts.of(jdk17, false).get("record"), "jdk17-record-chacha20-poly1305-byte-array");
        List<String> footnotes = new ArrayList<>(base.footnotes());
        footnotes.add(note);
        ChartModel longer = new ChartModel(base.id() + "-long", base.title(), base.subtitle(), base.x(), base.y(), base.horizontal(),
                base.series(), base.marks(), base.references(), footnotes, base.caption());
        ChartRenderer.write(base, tmp);
        ChartRenderer.write(longer, tmp);

        String text = svgText(Files.readString(tmp.resolve(longer.id() + ".svg")));
        assertTrue(text.contains(note), "the SVG holds the whole footnote:\n" + note + "\nin:\n" + text);
        int grown = ImageIO.read(tmp.resolve(longer.id() + ".png").toFile()).getHeight()
                - ImageIO.read(tmp.resolve(base.id() + ".png").toFile()).getHeight();
        // the note takes 4 or more lines of 11 pt text (at 2x): the plot keeps its height, the image grows
        assertTrue(grown >= 2 * 4 * 12, "the image grew by " + grown + " px");
        assertEquals(svgText(Files.readString(tmp.resolve(base.id() + ".svg"))).contains(note), false);
    }

    @Test
    void onlyParenthesisedDetailsStayOut() {
        assertEquals("ACCP has no X25519; ACCP has no XDH", Footnotes.oneLine(
                "ACCP has no X25519 (ACCP/X25519: NoSuchAlgorithmException no such algorithm (X25519)); ACCP has no XDH (ACCP/XDH: ...)"));
        assertEquals("imprecise: 95% interval wider than ±5% of the score",
                Footnotes.oneLine("imprecise: 95% interval wider than ±5% of the score (±16%)\n\tat a stack trace"));
    }

    /** The SVG's text elements in order, joined by spaces (a wrapped line continues in the next element). */
    private static String svgText(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&").strip());
        }
        return String.join(" ", parts);
    }
}
