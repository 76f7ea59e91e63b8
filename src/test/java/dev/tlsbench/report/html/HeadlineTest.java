package dev.tlsbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlsbench.report.Fixtures;
import dev.tlsbench.report.analysis.JniNative;
import dev.tlsbench.report.analysis.Question;
import dev.tlsbench.report.analysis.Ratio;
import dev.tlsbench.report.analysis.Winner;
import dev.tlsbench.report.input.CellOutcome;
import dev.tlsbench.report.input.JvmRun;
import dev.tlsbench.stats.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline's answers on the hand-made fixture, whose numbers are round: the fastest owner per
 * question, its speed-up over the JDK's own with the interval from both errors, the owners it
 * cannot be told from, its fraction of native OpenSSL, and what a run without a family says.
 */
class HeadlineTest {

    @TempDir
    Path tmp;

    /** The winners-table question of {@code run} whose text has every one of {@code words}. */
    private static Question question(JvmRun run, String... words) {
        return Question.winners(run).stream().filter(q -> List.of(words).stream().allMatch(w -> q.text().toLowerCase().contains(w.toLowerCase()))).reduce((a, b) -> {
            throw new AssertionError("two questions have " + List.of(words) + ": " + a.text() + ", " + b.text());
        }).orElseThrow(() -> new AssertionError("no question has " + List.of(words) + " in " + Question.winners(run).stream().map(Question::text).toList()));
    }

    @Test
    void fastestAtSixteenKibIsAccpTwiceTheJdkAndEightyPercentOfNative() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Winner w = Winner.of(jdk17, question(jdk17, "AES-128-GCM", "16 KiB"));
        assertEquals("ACCP", w.best().orElseThrow().owner());
        // Conscrypt's 300 000 is well below ACCP's 400 000, both two steady forks of ±0.5%: decided
        assertEquals("CONSCRYPT", w.runnerUp().orElseThrow().owner());
        assertTrue(w.decided());
        assertTrue(w.verdictText().startsWith("winner over Conscrypt: 1.33x ["), w.verdictText());
        // ACCP 400 000 over the JDK's 200 000: 2x, a narrow interval around it
        Ratio r = w.overJdk().orElseThrow();
        assertEquals(2.0, r.value(), 1e-12);
        assertTrue(r.lo() > 1.98 && r.hi() < 2.02, r.text());
        assertTrue(r.significant());
        // native: 500 000 records/s of 16 KiB (openssl/speed.json); ACCP 400 000
        assertEquals(0.8, w.ofNative(), 1e-12);
        // 400 000 x 16 384 B/s on a 2 GHz clock: 2e9 / 6.5536e9 cycles per byte
        CellOutcome accp = w.best().get();
        assertEquals("6.55 GB/s", HeadlineValues.main(Question.Unit.RECORD, accp));
        assertEquals("0.305 cycles/B", HeadlineValues.second(jdk17, Question.Unit.RECORD, accp));
    }

    /**
     * The native columns: the fraction of OpenSSL's speed names the version from speed.json, and the
     * JNI-native reference is the fastest cell whose provider env.json gives a native library (here
     * ACCP on AWS-LC v1.47.0: the JDK's 200 000 is 50% of its 400 000).
     */
    @Test
    void theNativeColumnsNameTheirLibraries() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Question q = question(jdk17, "AES-128-GCM", "16 KiB");
        CellOutcome jdk = q.cell(jdk17, "JDK").orElseThrow();
        JniNative n = JniNative.of(jdk17, q, jdk).orElseThrow();
        assertEquals("ACCP", n.cell().owner());
        assertEquals("AWS-LC v1.47.0", n.library());
        assertEquals(0.5, n.ofIt(), 1e-12);
        // Conscrypt is the fastest here, but this env.json lists no native library for it, and ACCP has no value: no reference
        Question ecdhe = question(jdk17, "X25519", "ECDSA", "server");
        CellOutcome conscrypt = Winner.of(jdk17, ecdhe).best().orElseThrow();
        assertEquals("CONSCRYPT", conscrypt.owner());
        assertTrue(JniNative.of(jdk17, ecdhe, conscrypt).isEmpty());
        HeadlineTables.Table t = HeadlineTables.winners(jdk17);
        assertEquals(List.of("question", "fastest", "speed", "verdict vs the next fastest (95%)", "× the JDK's own [95%]",
                "% of OpenSSL 3.0.99 speed", "native library through JNI"), t.headers());
        List<HeadlineTables.Cell> row = t.rows().stream().filter(r -> r.get(0).text().equals(q.text())).findFirst().orElseThrow();
        assertEquals("80%", row.get(5).text());
        assertEquals("100% of ACCP", row.get(6).text());
        assertEquals("AWS-LC v1.47.0, through JNI", row.get(6).small());
        // no measured clock in this env.json: c/B is labelled with the nominal one
        assertTrue(HeadlineTables.family(jdk17, jdk17.plan().family("record").orElseThrow()).title().endsWith("; cycles/B at nominal 2.00 GHz (nominal, from the CPU model name;"
                + " a boosting CPU runs faster)"), HeadlineTables.family(jdk17, jdk17.plan().family("record").orElseThrow()).title());
    }

    @Test
    void theFirstParagraphQuotesOnlyDecidedAnswers() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        String tldr = dev.tlsbench.report.analysis.TlDr.of(jdk17);
        int undecidedSeen = 0;
        assertTrue(tldr.matches("\\d+ of \\d+ headline questions decided at 95%.*"), tldr);
        Question tie = question(jdk17, "AES-128-GCM", "1350 B");
        assertTrue(tldr.contains(tie.text() + ": ACCP, tie with Conscrypt"), tldr);
        for (Question q : Question.winners(jdk17)) {
            Winner w = Winner.of(jdk17, q);
            if (w.best().isPresent() && !w.decided()) {
                assertFalse(tldr.contains(q.text() + ":"), "an undecided question is only named: " + q.text());
                // named under the reason that holds it up: a fork that did not settle is not cured by more forks
                String under = w.verdict().orElseThrow().verdict().unsettled() ? "a fork had not settled" : "for want of evidence";
                int section = tldr.indexOf("Undecided " + (under.startsWith("a") ? "because " : "") + under);
                int next = tldr.indexOf("Undecided", section + 1);
                String names = section < 0 ? "" : tldr.substring(section, next < 0 ? tldr.length() : next);
                assertTrue(names.contains(q.text()), under + " should name " + q.text() + ": " + tldr);
                undecidedSeen++;
            }
        }
        assertTrue(undecidedSeen > 0, "the fixture run has undecided questions: " + tldr);
    }

    @Test
    void ownersWithinThreePercentAreATie() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Question q = question(jdk17, "AES-128-GCM", "1350 B");
        Winner w = Winner.of(jdk17, q);
        assertEquals("ACCP", w.best().orElseThrow().owner());
        // 990 000 vs 1 000 000, both ±0.5% over two forks: the interval lies within ±3%
        assertEquals("CONSCRYPT", w.runnerUp().orElseThrow().owner());
        assertEquals(Verdict.Kind.TIE, w.verdict().orElseThrow().verdict().kind());
        assertTrue(w.verdictText().startsWith("tie with Conscrypt: equal within 3% (1.01x ["), w.verdictText());
        List<HeadlineTables.Cell> row = HeadlineTables.winners(jdk17).rows().stream()
                .filter(x -> x.get(0).text().equals(q.text())).findFirst().orElseThrow();
        assertEquals(w.verdictText(), row.get(3).text());
        // native at 1350 B: 2 000 000 records/s
        assertEquals(0.5, w.ofNative(), 1e-12);
    }

    @Test
    void handshakesAreSaidInMicrosecondsAndPerCoreAndAgainstNativeRsa() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        Winner rsa = Winner.of(jdk17, question(jdk17, "TLS 1.2", "server"));
        CellOutcome best = rsa.best().orElseThrow();
        assertEquals("ACCP", best.owner(), "Conscrypt's cell is a harness limit, not a value");
        assertEquals("500 µs", HeadlineValues.main(Question.Unit.HANDSHAKE, best));
        assertEquals("2\u2009000 /s per core", HeadlineValues.second(jdk17, Question.Unit.HANDSHAKE, best));
        assertEquals(0.8, rsa.ofNative(), 1e-12, "2 000/s against openssl's 2 500 RSA-2048 private-key operations/s");
        Winner ecdhe = Winner.of(jdk17, question(jdk17, "X25519", "ECDSA", "server"));
        assertEquals("CONSCRYPT", ecdhe.best().orElseThrow().owner());
        assertTrue(Double.isNaN(ecdhe.ofNative()), "no like-for-like native measurement of an ECDHE handshake");
    }

    @Test
    void theJdksOwnAndAFamilyNotInTheRunSaySo() {
        JvmRun jdk25 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk25");
        assertTrue(jdk25.plan().family("sslengine-handshake").isEmpty());
        assertTrue(Question.winners(jdk25).stream().noneMatch(q -> q.family().equals("sslengine-handshake")),
                "a family not in the run asks no question");
        Winner client = Winner.of(jdk25, question(jdk25, "X25519", "ECDSA", "client"));
        assertEquals("nothing measured: 4 not in profile", client.why(), "the family is in the run, these cells not in its profile");
        Winner rsa = Winner.of(jdk25, question(jdk25, "TLS 1.2", "server"));
        assertEquals("CONSCRYPT", rsa.best().orElseThrow().owner());
        Winner jdkBest = Winner.of(Fixtures.run(Fixtures.load(tmp.resolve("handmade")), "jdk17"), question(jdk25, "TLS 1.2", "server"));
        assertTrue(jdkBest.overJdk().isPresent());
    }

    @Test
    void theTablesOfEachJdkCarryTheMarks() {
        JvmRun jdk17 = Fixtures.run(Fixtures.load(Fixtures.handmade(tmp)), "jdk17");
        HeadlineTables.Table hs = HeadlineTables.family(jdk17, jdk17.plan().family("handshake-cost").orElseThrow());
        assertEquals(List.of("µs (below: /s), one core", "JDK", "BC", "Conscrypt", "ACCP"), hs.headers());
        assertEquals("not in run / not in run", hs.rows().get(1).get(1).text(), "X25519 with an RSA certificate is not in the hand-made matrix");
        List<HeadlineTables.Cell> ecdhe = hs.rows().get(2);
        assertEquals("X25519 ECDSA P-256", ecdhe.get(0).text());
        assertEquals("333 / 500", ecdhe.get(1).text(), "JDK: 1e6/3000 server, 1e6/2000 client");
        assertEquals("!", ecdhe.get(1).marks(), "the JDK's ECDSA gate failure, on the client's side only (it verifies)");
        assertEquals("unsupported / pending", ecdhe.get(4).text());
    }
}
