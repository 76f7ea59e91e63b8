package dev.tlsbench.report.html;

import dev.tlsbench.report.analysis.JniNative;
import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.analysis.Winner;
import dev.tlsbench.report.chart.Footnotes;
import dev.tlsbench.report.format.Num;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.FamilyPlan;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.report.input.Negotiated;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headline's tables of one JVM, independent of their format (index.html and summary.md both
 * write them): (c) the fastest owner per question, (a) RSA key transport vs ECDHE as the crypto of
 * one handshake per side and as real SSLEngine handshakes, (b) AES-GCM vs ChaCha20-Poly1305 records.
 */
final class HeadlineTables {

    /**
     * One cell: its text, smaller text (after it, or on a line of its own when {@code below}),
     * evidence marks, why (tooltip) and a CSS class.
     */
    record Cell(String text, String small, boolean below, String marks, String why, String cls) {

        static Cell plain(String text) {
            return new Cell(text, "", false, "", "", "");
        }
    }

    /** A table, or just {@code empty} (why there is none: "not in this run"). */
    record Table(String title, List<String> headers, List<List<Cell>> rows, String empty) {
    }

    private HeadlineTables() {
    }

    static List<Table> of(JvmRun run) {
        List<Table> tables = new ArrayList<>(List.of(winners(run)));
        run.plan().families().stream().filter(f -> !f.headline().isEmpty()).forEach(f -> tables.add(family(run, f)));
        return tables;
    }

    static Table winners(JvmRun run) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Question q : Question.winners(run)) {
            Winner w = Winner.of(run, q);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.plain(q.text()));
            if (w.best().isEmpty()) {
                row.add(new Cell(w.why(), "", false, "", "", "na"));
                row.add(Cell.plain(""));
                row.add(Cell.plain(""));
                row.add(Cell.plain(""));
                row.add(Cell.plain(""));
                row.add(Cell.plain(""));
            } else {
                CellOutcome b = w.best().get();
                row.add(new Cell(label(run, q, b.owner()), "", false, "", "", "best"));
                String why = HeadlineValues.why(b);
                row.add(new Cell(HeadlineValues.main(q.unit(), b), "", false, String.join("", HeadlineValues.marks(b)),
                        HeadlineValues.second(run, q.unit(), b) + (why.isEmpty() ? "" : "\n" + why), ""));
                row.add(new Cell(w.verdictText(), "", false, "", w.verdict().map(r -> "ratio " + r.text() + ", 95% bootstrap interval ("
                        + r.bootstrap().design() + ")").orElse(""), w.decided() ? "" : "weak"));
                row.add(w.overJdk().map(x -> new Cell(Num.ratio(x.value()), x.interval() + " " + x.verdictWord()
                        + (w.jdkDifferentWork().isEmpty() ? "" : " · different work"), true, "",
                        "95% bootstrap interval of the ratio; " + x.verdict().text()
                        + (w.jdkDifferentWork().isEmpty() ? "" : "\n" + w.jdkDifferentWork()), ""))
                        .orElse(Cell.plain(b.owner().equals(w.jdkOwner()) ? "is the JDK's own" : "JDK's own not measured")));
                row.add(Cell.plain(Double.isNaN(w.ofNative()) ? "—" : Num.percent(w.ofNative())));
                row.add(JniNative.of(run, q, b).map(n -> new Cell(Num.percent(n.ofIt()) + " of " + n.cell().family().ownerLabel(n.cell().owner()),
                        n.library() + ", through JNI", true, "", "the fastest cell of this question whose provider runs a native library"
                        + " through JNI, in this run: " + HeadlineValues.main(q.unit(), n.cell()), "")).orElse(Cell.plain("—")));
            }
            rows.add(row);
        }
        return new Table("(c) Fastest per question", List.of("question", "fastest", "speed", "verdict vs the next fastest (95%)", "× the JDK's own [95%]",
                "% of " + openssl(run) + " speed", "native library through JNI"), rows, "");
    }

    /** "OpenSSL 3.0.19": the library whose openssl speed the fractions are of, named from the run's data. */
    static String openssl(JvmRun run) {
        return run.baseline().speed().map(b -> b.shortVersion()).orElse("OpenSSL");
    }

    /** An owner of the question's family, for people. */
    private static String label(JvmRun run, Question q, String owner) {
        return run.plan().family(q.family()).map(f -> f.ownerLabel(owner)).orElse(owner);
    }

    /**
     * A family's headline table: its questions (rows; side by side within a row) per owner, in the
     * unit of its questions.
     */
    static Table family(JvmRun run, FamilyPlan f) {
        List<List<Question>> rows = Question.rows(f);
        List<String> names = f.headline().stream().mapToInt(h -> h.row()).distinct().sorted()
                .mapToObj(r -> Question.rowLabel(f, r)).toList();
        Question.Unit unit = rows.get(0).get(0).unit();
        String corner = switch (unit) {
            case HANDSHAKE -> "µs (below: /s), one core";
            case PER_SECOND -> "/s, client + server on one thread (below: µs; the server's share alone; what it negotiated and the"
                    + " client sent)";
            case RECORD -> "GB/s (below: cycles/B · % of " + openssl(run) + " speed)";
        };
        String clock = unit != Question.Unit.RECORD ? "" : run.env().cycleClock().map(k -> "; cycles/B " + k.basis()).orElse("; clock unknown");
        return grid(run, f, f.title() + clock, corner, rows, names);
    }

    /** Questions (rows; several in a row are written "a / b") by owner (columns). */
    private static Table grid(JvmRun run, FamilyPlan f, String title, String corner, List<List<Question>> rows, List<String> rowNames) {
        List<String> owners = rows.get(0).get(0).owners(run);
        if (owners.isEmpty()) {
            return new Table(title, List.of(), List.of(), rows.get(0).get(0).family() + ": not in this run");
        }
        List<String> headers = new ArrayList<>(List.of(corner));
        owners.forEach(o -> headers.add(f.ownerLabel(o)));
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.plain(rowNames.get(r))));
            for (String owner : owners) {
                List<String> text = new ArrayList<>();
                List<String> small = new ArrayList<>();
                List<String> why = new ArrayList<>();
                StringBuilder marks = new StringBuilder();
                boolean any = false;
                for (Question q : rows.get(r)) {
                    Optional<CellOutcome> c = q.cell(run, owner);
                    if (c.isEmpty() || !c.get().measured()) {
                        text.add(c.map(o -> o.status().label()).orElse("not in run"));
                        c.ifPresent(o -> why.add(o.status().label() + ": " + Footnotes.oneLine(o.reason())));
                        continue;
                    }
                    any = true;
                    CellOutcome o = c.get();
                    text.add(number(q.unit(), o));
                    if (q.unit() == Question.Unit.RECORD) {
                        double n = Winner.ofNative(run, o);
                        small.add(HeadlineValues.second(run, q.unit(), o).replace(" cycles/B", " c/B") + (Double.isNaN(n) ? "" : " · " + Num.percent(n)));
                    } else {
                        // an SSLEngine number says what work it is: what its handshake negotiated and its client sent
                        String server = o.serverShareText();
                        small.add(number(q.unit() == Question.Unit.HANDSHAKE ? Question.Unit.PER_SECOND : Question.Unit.HANDSHAKE, o)
                                + (server.isEmpty() ? "" : " · " + server) + run.negotiated(o).map(w -> " · " + w.text()).orElse(""));
                        if (!server.isEmpty()) {
                            why.add("server share: the time this thread spent in the server's engine per connection (its creation,"
                                    + " wrap/unwrap, delegated tasks and close), without the client's; /s per core = 1 s / that time");
                        }
                        run.negotiated(o).map(Negotiated::wireNote).filter(n -> !n.isEmpty()).ifPresent(why::add);
                    }
                    marks.append(String.join("", HeadlineValues.marks(o)));
                    Optional.of(HeadlineValues.why(o)).filter(s -> !s.isEmpty()).ifPresent(why::add);
                }
                row.add(new Cell(String.join(" / ", text), any ? String.join(" / ", small) : "", true, marks.toString(),
                        String.join("\n", why), any ? "" : "na"));
            }
            out.add(row);
        }
        return new Table(title, headers, out, "");
    }

    /** The bare number of a headline table cell (its unit is in the table's corner). */
    private static String number(Question.Unit unit, CellOutcome c) {
        return HeadlineValues.main(unit, c).replace(" µs", "").replace(" /s", "").replace(" GB/s", "");
    }
}
